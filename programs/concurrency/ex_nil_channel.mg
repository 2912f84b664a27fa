package main

// A nil channel (the zero value of a channel type) blocks every send and
// receive forever. In a select its cases are never ready, which is how a case
// is switched off. Blocking on one in main, with nobody else left, is a
// deadlock.

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))

	// A goroutine blocked forever sending on a nil channel does not stop the
	// program (it is just leaked).
	go func() { ch <- 1 }()

	ready := make(chan int, 1)
	ready <- 7
	for i := 0; i < 2; i++ {
		select {
		case v := <-ch:
			fmt.Println("never:", v)
		case ch <- 1:
			fmt.Println("never: sent on nil")
		case v := <-ready:
			fmt.Println("the non-nil case:", v)
		default:
			fmt.Println("default: nothing else was ready")
		}
	}

	fmt.Println("receiving from the nil channel in main...")
	<-ch
}

// Output:
// true 0 0
// the non-nil case: 7
// default: nothing else was ready
// receiving from the nil channel in main...
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
