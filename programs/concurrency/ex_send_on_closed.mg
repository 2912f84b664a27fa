package main

// Sending on a closed channel panics, even when the buffer has room.

import "fmt"

func main() {
	ch := make(chan int, 5)
	ch <- 1
	close(ch)
	fmt.Println("closed; still buffered:", len(ch))
	ch <- 2
	fmt.Println("never printed")
}

// Output:
// closed; still buffered: 1
// Exit: 2
// Stderr: panic: send on closed channel
