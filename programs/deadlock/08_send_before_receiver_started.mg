package main

// A logger goroutine prints messages from an unbuffered channel. main sends
// its first message before it starts the logger: an unbuffered send needs a
// receiver at the same moment, and the receiver is only started on the next
// line, which main never reaches.
// GoBench kind: communication deadlock / channel (wrong order of operations).

import "fmt"

func logger(msgs <-chan string, done chan<- bool) {
	for m := range msgs {
		fmt.Println("log:", m)
	}
	done <- true
}

func main() {
	msgs := make(chan string)
	done := make(chan bool)
	fmt.Println("starting up")
	msgs <- "config loaded" // BUG: nobody receives yet; the logger is started below
	go logger(msgs, done)
	msgs <- "listening"
	close(msgs)
	<-done
}

// Output:
// starting up
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 22
