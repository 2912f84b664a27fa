package main

// Query three replicas and use whichever answers first. The answers go on an
// unbuffered channel and only the first is ever received: the two slower
// replicas block forever on their send. (Fix: make the channel's buffer as
// large as the number of replicas.)
// GoBench kind: goroutine leak / channel (first response wins).

import (
	"fmt"
	"time"
)

func query(replica, key string) string {
	return "value of " + key // every replica holds the same data
}

func first(key string, replicas []string) string {
	answers := make(chan string) // BUG: unbuffered: only one answer will ever be received
	for _, r := range replicas {
		go func(r string) {
			answers <- query(r, key) // the losers block here forever
		}(r)
	}
	return <-answers
}

func main() {
	fmt.Println(first("user:42", []string{"eu", "us", "asia"}))
	// Give the losing replicas time to reach their send, so that at exit they
	// are blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// value of user:42
// Exit: 0
// Leaks: 2
// Report: 21 22
// Found: 2
