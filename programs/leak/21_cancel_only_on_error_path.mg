package main

// firstMatch streams candidate hosts from a goroutine and takes the first
// one that is healthy. The streamer stops when its context is cancelled,
// but firstMatch calls cancel only on its error path: on success it returns
// with the cancel function dropped (go vet: "the cancel function is not used
// on all paths"). The streamer is left in its select, waiting to send the
// next candidate or for a cancellation; neither can happen, because no
// goroutine that can still run can reach its channel or its context. Every
// successful lookup leaks one streamer; the leak check reports them while
// the service keeps answering.
// GoBench kind: goroutine leak / context (cancel function not called on every path).

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

func stream(ctx context.Context, hosts []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, h := range hosts {
			select { // after a match: neither case can ever proceed
			case out <- h:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func firstMatch(hosts []string, healthy func(string) bool) (string, error) {
	ctx, cancel := context.WithCancel(context.Background())
	for h := range stream(ctx, hosts) {
		if healthy(h) {
			return h, nil // BUG: returns without cancel()
		}
	}
	cancel()
	return "", errors.New("no healthy host")
}

func main() {
	pools := [][]string{
		{"db-1.down", "db-2", "db-3"},
		{"cache-1.down", "cache-2.down"},
		{"queue-1", "queue-2"},
		{"search-1.down", "search-2", "search-3"},
	}
	up := func(h string) bool { return !strings.HasSuffix(h, ".down") }
	for _, pool := range pools {
		h, err := firstMatch(pool, up)
		fmt.Println("picked:", h, err)
		time.Sleep(20 * time.Millisecond) // serve with it for a while
	}
	for tick := 0; tick < 5; tick++ {
		time.Sleep(30 * time.Millisecond) // idle until shutdown
	}
	fmt.Println("shutting down")
}

// Output:
// picked: db-2 <nil>
// picked:  no healthy host
// picked: queue-1 <nil>
// picked: search-2 <nil>
// shutting down
// Exit: 0
// Leaks: 3
// Report: 23 24 27
// Found: 3
