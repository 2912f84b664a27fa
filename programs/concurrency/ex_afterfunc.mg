package main

// time.AfterFunc calls a function in its own goroutine after a duration. It
// returns a *Timer whose Stop cancels the call if it has not started yet.

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(2*time.Millisecond, func() {
		done <- "AfterFunc ran in its own goroutine"
	})
	fmt.Println(<-done)

	called := false
	t := time.AfterFunc(time.Hour, func() { called = true })
	fmt.Println("Stop before it ran:", t.Stop())
	fmt.Println("called:", called)

	// Reset re-arms a stopped AfterFunc timer.
	t2 := time.AfterFunc(time.Hour, func() { done <- "re-armed AfterFunc ran" })
	t2.Stop()
	t2.Reset(time.Millisecond)
	fmt.Println(<-done)
	fmt.Println("Stop after it ran:", t2.Stop())
}

// Output:
// AfterFunc ran in its own goroutine
// Stop before it ran: true
// called: false
// re-armed AfterFunc ran
// Stop after it ran: false
