package main

import "fmt"

var unwound int

// Each level defers a counter update; the panic at the bottom unwinds through
// all of them before main's deferred recover stops it.
func descend(n int) int {
	defer func() { unwound++ }()
	if n == 0 {
		panic(fmt.Sprintf("bottom reached after %d levels", unwound))
	}
	return descend(n-1) + 1
}

// A deep recursion whose deferred calls run in reverse order on the way out.
func sumDeferred(n int, acc *[]int) {
	if n == 0 {
		return
	}
	defer func() { *acc = append(*acc, n) }()
	sumDeferred(n-1, acc)
}

func safeDescend(n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	return fmt.Sprint("returned ", descend(n))
}

func main() {
	fmt.Println(safeDescend(100000))
	fmt.Println("deferred calls run:", unwound)

	var order []int
	sumDeferred(50000, &order)
	fmt.Println(len(order), order[:5], order[len(order)-3:])

	// A recursion that recovers at every tenth level and continues.
	count := 0
	var walk func(n int)
	walk = func(n int) {
		if n == 0 {
			return
		}
		func() {
			defer func() {
				if recover() != nil {
					count++
				}
			}()
			if n%10 == 0 {
				panic(n)
			}
		}()
		walk(n - 1)
	}
	walk(20000)
	fmt.Println("recovered panics:", count)
}

// Output:
// recovered: bottom reached after 0 levels
// deferred calls run: 100001
// 50000 [1 2 3 4 5] [49998 49999 50000]
// recovered panics: 2000
