package main

// Channel types with a direction: chan<- T (send only) and <-chan T (receive
// only). A bidirectional channel is assignable to both, explicitly converted
// or not; the reverse is not allowed. Channels of channels read left to right.

import "fmt"

type Sink chan<- string

func generator(n int) <-chan int {
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	return ch
}

// server receives requests, each of which is a channel to answer on.
func server(requests <-chan chan<- int) {
	for reply := range requests {
		reply <- 99
	}
}

func main() {
	ch := make(chan string, 1)
	var s Sink = ch
	s <- "through a named send-only type"
	fmt.Println(<-ch)

	r := (<-chan string)(ch)
	ch <- "through a converted receive-only view"
	fmt.Println(<-r)

	sum := 0
	for v := range generator(4) {
		sum += v
	}
	fmt.Println("sum:", sum)

	requests := make(chan chan<- int)
	go server(requests)
	reply := make(chan int)
	requests <- reply
	fmt.Println("reply:", <-reply)
	close(requests)

	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", r)
	fmt.Printf("%T\n", requests)
	fmt.Printf("%T\n", make(chan (<-chan int)))
	fmt.Printf("%T\n", make(<-chan <-chan int))
	fmt.Printf("%T\n", func(chan<- bool) <-chan error { return nil })
}

// Output:
// through a named send-only type
// through a converted receive-only view
// sum: 6
// reply: 99
// main.Sink
// <-chan string
// chan chan<- int
// chan (<-chan int)
// <-chan <-chan int
// func(chan<- bool) <-chan error
