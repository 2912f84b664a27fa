package main

import "fmt"

// Closures capture variables, not values: each counter has its own state,
// and closures created together share what they captured.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func account(balance int) (deposit func(int), withdraw func(int) bool, get func() int) {
	deposit = func(x int) { balance += x }
	withdraw = func(x int) bool {
		if x > balance {
			return false
		}
		balance -= x
		return true
	}
	get = func() int { return balance }
	return
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func adder(k int) func(int) int { return func(x int) int { return x + k } }

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1())

	dep, wd, bal := account(100)
	dep(50)
	fmt.Println(wd(500), wd(120), bal())

	f := fib()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), ",")
	}
	fmt.Println()

	pipeline := compose(adder(3), func(x int) int { return x * x }, adder(-1))
	fmt.Println(pipeline(2), pipeline(-3))

	// A captured variable changed after the closure was created.
	x := 10
	show := func() int { return x }
	x = 20
	fmt.Println(show())

	// The closure can modify it too.
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)

	// Immediately invoked function literal.
	result := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(result)

	// Recursive closure declared first.
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))

	// Closures in a map as a dispatch table.
	stack := []int{}
	cmds := map[string]func(){
		"push1": func() { stack = append(stack, 1) },
		"dup":   func() { stack = append(stack, stack[len(stack)-1]) },
		"add": func() {
			n := len(stack)
			stack = append(stack[:n-2], stack[n-2]+stack[n-1])
		},
	}
	for _, c := range []string{"push1", "dup", "add", "dup", "add", "push1", "add"} {
		cmds[c]()
	}
	fmt.Println(stack)
}

// Output:
// 1 2 3 1 4
// false true 30
// 0,1,1,2,3,5,8,13,21,34,55,89,
// 24 -1
// 20
// 22
// 42
// 3628800 2432902008176640000
// [5]
