package main

// Closing a nil channel panics.

import "fmt"

func main() {
	var ch chan bool
	fmt.Println("about to close a nil channel")
	close(ch)
}

// Output:
// about to close a nil channel
// Exit: 2
// Stderr: panic: close of nil channel
