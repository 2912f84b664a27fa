package main

// Concept 23: directional channel types. A chan<- T can only be sent to, a
// <-chan T can only be received from. A bidirectional channel converts to
// either one implicitly, so a function signature documents (and the compiler
// enforces) which side each function uses: receiving from a chan<- T or
// sending to a <-chan T is a compile error.

import "fmt"

func produce(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out) // the sending side may close
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- 2 * v
	}
	close(out)
}

func consume(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(a, 5)
	go double(a, b)
	fmt.Println("sum of doubled 1..5:", consume(b))

	var sendOnly chan<- int = a
	var recvOnly <-chan int = b
	fmt.Printf("%T | %T | %T\n", a, sendOnly, recvOnly)
	fmt.Println("same channel:", sendOnly == a, recvOnly == b)
}

// Output:
// sum of doubled 1..5: 30
// chan int | chan<- int | <-chan int
// same channel: true true
