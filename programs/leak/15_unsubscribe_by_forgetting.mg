package main

// A subscription goroutine forwards updates until its quit channel is
// closed. The caller "unsubscribes" by dropping its reference and never
// closes quit; the publisher has stopped publishing too. The goroutine
// waits in select on two channels, neither of which will ever be ready.
// GoBench kind: goroutine leak / channel (select that can never proceed).

import (
	"fmt"
	"time"
)

type Subscription struct {
	updates chan string
	quit    chan struct{}
}

func subscribe(feed <-chan string) *Subscription {
	s := &Subscription{updates: make(chan string), quit: make(chan struct{})}
	go func() {
		for {
			select { // neither feed nor quit will ever be ready again
			case u := <-feed:
				s.updates <- u
			case <-s.quit:
				return
			}
		}
	}()
	return s
}

func main() {
	feed := make(chan string)
	s := subscribe(feed)
	feed <- "v1.0 released"
	fmt.Println("got:", <-s.updates)
	s = nil // BUG: "unsubscribes" without close(s.quit)
	fmt.Println("unsubscribed:", s == nil)
	// Give the subscription goroutine time to get back to its select, so that
	// at exit it is blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// got: v1.0 released
// unsubscribed: true
// Exit: 0
// Leaks: 1
// Report: 21 23
