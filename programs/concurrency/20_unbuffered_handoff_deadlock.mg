package main

// Concept 20: an unbuffered channel has no room (cap 0). A send waits until a
// receiver takes the value: the two goroutines meet and hand it over. So the
// goroutine that sends cannot also be the one that receives: sending to an
// unbuffered channel with nobody else to receive blocks forever, and the
// runtime reports a deadlock.

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("len", len(ch), "cap", cap(ch))

	done := make(chan bool)
	go func() {
		v := <-ch // the hand-off happens here
		fmt.Println("receiver got:", v)
		done <- true
	}()
	ch <- "baton" // blocks until the receiver is ready
	<-done
	fmt.Println("sender continued after the hand-off")

	// The mistake: main sends and means to receive it itself, two lines later.
	fmt.Println("main sends to itself...")
	ch <- "lost" // no other goroutine will ever receive: deadlock
	fmt.Println(<-ch)
}

// Output:
// len 0 cap 0
// receiver got: baton
// sender continued after the hand-off
// main sends to itself...
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
