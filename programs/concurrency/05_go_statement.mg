package main

// Concept 5: a goroutine is a function call run independently, started with
// the go keyword. Any call can be a goroutine: a plain function, a method, or
// a function literal (closure). Each one here reports back on its own channel,
// so main can print the answers in a fixed order.

import "fmt"

type greeter struct{ name string }

func (g greeter) greet(out chan<- string) {
	out <- "method: hello from " + g.name
}

func square(n int, out chan<- string) {
	out <- fmt.Sprint("function: ", n, " squared is ", n*n)
}

func main() {
	fromFunc := make(chan string)
	fromMethod := make(chan string)
	fromClosure := make(chan string)

	go square(7, fromFunc)

	g := greeter{"a method value"}
	go g.greet(fromMethod)

	prefix := "closure"
	go func() {
		fromClosure <- prefix + ": I can see main's variables"
	}()

	// The go statements returned at once; main now waits for each answer.
	fmt.Println(<-fromFunc)
	fmt.Println(<-fromMethod)
	fmt.Println(<-fromClosure)
}

// Output:
// function: 7 squared is 49
// method: hello from a method value
// closure: I can see main's variables
