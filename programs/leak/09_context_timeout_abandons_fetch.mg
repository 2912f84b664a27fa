package main

// fetchPrice asks a slow upstream in a goroutine and waits for either the
// price or the context's deadline. The deadline wins; fetchPrice returns the
// error, and when the upstream finally answers, the goroutine sends the price
// on an unbuffered channel that nobody reads any more.
// GoBench kind: goroutine leak / channel & context (timeout).

import (
	"context"
	"fmt"
	"time"
)

// upstreamDone stands in for an upstream slower than the deadline: it can
// only answer after main closes this channel, so the deadline surely wins.
var upstreamDone = make(chan struct{})

func upstreamPrice(symbol string) int {
	<-upstreamDone
	return len(symbol) * 100
}

func fetchPrice(ctx context.Context, symbol string) (int, error) {
	ch := make(chan int) // BUG: unbuffered: after the deadline no one receives
	go func() {
		ch <- upstreamPrice(symbol) // blocks forever
	}()
	select {
	case p := <-ch:
		return p, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err := fetchPrice(ctx, "GOOG")
	fmt.Println("error:", err)
	close(upstreamDone) // the upstream answers at last
	// Give the fetch goroutine time to reach its send, so that at exit it is
	// blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// error: context deadline exceeded
// Exit: 0
// Leaks: 1
// Report: 26 27
// Found: 1
