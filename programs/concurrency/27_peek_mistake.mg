package main

// Concept 27: the "peek" mistake. There is no way to look at the next value in
// a channel without taking it. Receiving a value and sending it back does not
// put it back in front: it goes to the back of the queue. Worse, if another
// goroutine fills the freed slot meanwhile, the channel is full and the
// send-back blocks forever.

import "fmt"

func main() {
	q := make(chan string, 3)
	q <- "a"
	q <- "b"
	q <- "c"

	v := <-q // "peek" at the head...
	fmt.Println("peeked:", v)
	q <- v // ...and "put it back": now it is last
	fmt.Print("order after the peek:")
	for i := 0; i < 3; i++ {
		fmt.Print(" ", <-q)
	}
	fmt.Println()

	// Now with a producer that keeps the queue full.
	q <- "a"
	q <- "b"
	q <- "c"
	refill, refilled := make(chan bool), make(chan bool)
	go func() {
		<-refill
		q <- "d" // takes the slot the peek freed
		refilled <- true
	}()
	v = <-q
	fmt.Println("peeked:", v, "- len", len(q), "cap", cap(q))
	refill <- true
	<-refilled
	fmt.Println("the producer refilled the queue: len", len(q), "cap", cap(q))
	fmt.Println("putting", v, "back...")
	q <- v // full, and nobody will ever receive: deadlock
	fmt.Println("never printed")
}

// Output:
// peeked: a
// order after the peek: b c a
// peeked: a - len 2 cap 3
// the producer refilled the queue: len 3 cap 3
// putting a back...
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
