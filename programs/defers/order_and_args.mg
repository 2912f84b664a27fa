package main

import "fmt"

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("leave", msg) }
}

func work() {
	defer trace("work")()
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	fmt.Println("working with", a.name, b.name)
}

// Deferred calls run in LIFO order when the function returns, and their
// arguments are evaluated when the defer statement runs.
func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred in loop", i)
	}

	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 42

	work()

	// Method values in defer bind the receiver at defer time.
	r := &resource{"first"}
	defer r.Close()
	r = &resource{"second"}
	_ = r

	// Deferred closures see later changes to captured variables.
	s := []int{1}
	defer func(n int) { fmt.Println("len then", n, "len now", len(s)) }(len(s))
	s = append(s, 2, 3)

	fmt.Println("sum:", sumWithDefer([]int{1, 2, 3}))
	fmt.Println("main body done")
}

func sumWithDefer(xs []int) int {
	total := 0
	for _, v := range xs {
		defer func(v int) { total += v * 100 }(v) // too late to affect the result
		total += v
	}
	return total
}

// Output:
// enter work
// open a
// open b
// working with a b
// close b
// close a
// leave work
// sum: 6
// main body done
// len then 1 len now 3
// close first
// x at exit: 42
// x at defer time: 1
// deferred in loop 2
// deferred in loop 1
// deferred in loop 0
