package main

// A deadlock between goroutines: each waits for the other to send first.
// main waits for both, so nobody can move.

import (
	"fmt"
	"sync"
)

func main() {
	a, b := make(chan string), make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		msg := <-b // waits for the second goroutine...
		a <- "reply to " + msg
	}()
	go func() {
		defer wg.Done()
		msg := <-a // ...which waits for the first
		b <- "reply to " + msg
	}()
	fmt.Println("two goroutines each wait for the other")
	wg.Wait()
}

// Output:
// two goroutines each wait for the other
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
