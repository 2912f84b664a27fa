package main

// A generator goroutine produces ids on a channel; the consumer ranges over
// it and breaks once it found what it needed. Nothing tells the generator to
// stop (no done channel, no context), so it blocks forever trying to send
// the next id.
// GoBench kind: goroutine leak / channel (consumer breaks out of range).

import (
	"fmt"
	"time"
)

func ids(start int) <-chan int {
	out := make(chan int)
	go func() {
		for i := start; ; i++ {
			out <- i // blocked after the consumer left
		}
	}()
	return out
}

func main() {
	for id := range ids(100) {
		if id%7 == 0 {
			fmt.Println("first multiple of 7:", id)
			break // BUG: abandons the generator, which is still sending
		}
	}
	// Give the generator time to reach its next send, so that at exit it is
	// blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// first multiple of 7: 105
// Exit: 0
// Leaks: 1
// Report: 16 18
// Found: 1
