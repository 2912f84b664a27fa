package main

// Closing a channel twice panics.

import "fmt"

func main() {
	ch := make(chan string)
	close(ch)
	fmt.Println("closed once")
	close(ch)
	fmt.Println("never printed")
}

// Output:
// closed once
// Exit: 2
// Stderr: panic: close of closed channel
