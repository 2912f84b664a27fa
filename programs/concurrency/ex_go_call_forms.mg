package main

// The go statement accepts any function or method call. The function value
// and all arguments (including a method's receiver) are evaluated right at the
// go statement, in the calling goroutine; only the call itself runs later.

import "fmt"

type counter struct{ n int }

func (c counter) show(out chan<- string)   { out <- fmt.Sprint("value receiver sees ", c.n) }
func (c *counter) showP(out chan<- string) { out <- fmt.Sprint("pointer receiver sees ", c.n) }

func add(a, b int, out chan<- string) { out <- fmt.Sprint("add(", a, ", ", b, ") = ", a+b) }

func main() {
	out := make(chan string)

	x := 1
	go add(x, x*10, out) // arguments evaluated now: add(1, 10)
	x = 100
	fmt.Println(<-out)

	c := counter{n: 1}
	go c.show(out)  // receiver copied now
	c.n = 2
	fmt.Println(<-out)

	go c.showP(out) // pointer taken now; the goroutine reads c.n when it runs
	fmt.Println(<-out)

	f := func(s string) { out <- "first closure got " + s }
	go f("arg")
	f = func(s string) { fmt.Println("second closure, called directly with", s) }
	fmt.Println(<-out) // the goroutine ran the first closure: f was evaluated at go
	f("a direct call")

	msg := "captured by reference"
	go func(arg string) { out <- arg + " / " + msg }("copied arg")
	fmt.Println(<-out)

	method := c.show // method value: receiver bound here (n = 2)
	c.n = 3
	go method(out)
	fmt.Println(<-out)

	// Builtins that may stand as statements can be started with go too.
	done := make(chan struct{})
	go close(done)
	_, ok := <-done
	fmt.Println("closed by go close(done):", !ok)

	src, dst := []int{1, 2, 3}, make([]int, 3)
	finished := make(chan bool)
	go func() {
		copy(dst, src)
		finished <- true
	}()
	<-finished
	fmt.Println("copied:", dst)
}

// Output:
// add(1, 10) = 11
// value receiver sees 1
// pointer receiver sees 2
// first closure got arg
// second closure, called directly with a direct call
// copied arg / captured by reference
// value receiver sees 2
// closed by go close(done): true
// copied: [1 2 3]
