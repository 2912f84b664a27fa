package main

// A buffered channel only postpones the problem: once the buffer is full, a
// send with no receiver blocks forever, just as on an unbuffered channel.

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("sending", i, "- len", len(ch), "cap", cap(ch))
		ch <- i // the third send finds the buffer full
	}
	fmt.Println("never printed")
}

// Output:
// sending 1 - len 0 cap 2
// sending 2 - len 1 cap 2
// sending 3 - len 2 cap 2
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
