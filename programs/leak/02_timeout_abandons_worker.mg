package main

// A search runs in a goroutine and main waits for it with a timeout built
// from select and time.After. The search is slower than the timeout, so the
// caller gives up; when the search finally finishes, it sends its result on
// an unbuffered channel nobody will ever read again, and blocks forever.
// GoBench kind: goroutine leak / channel (timeout without a buffered reply).

import (
	"errors"
	"fmt"
	"time"
)

// backendDone stands in for a backend slower than any timeout: the search
// can only finish after main closes it, so the timeout surely wins.
var backendDone = make(chan struct{})

func slowSearch(q string) string {
	<-backendDone
	return "results for " + q
}

func searchWithTimeout(q string, timeout time.Duration) (string, error) {
	ch := make(chan string) // BUG: unbuffered: after a timeout no one receives
	go func() {
		ch <- slowSearch(q) // blocks forever once the caller has timed out
	}()
	select {
	case r := <-ch:
		return r, nil
	case <-time.After(timeout):
		return "", errors.New("search timed out")
	}
}

func main() {
	_, err := searchWithTimeout("golang", 10*time.Millisecond)
	fmt.Println("error:", err)
	close(backendDone) // the backend answers at last
	// Give the search time to reach its send, so that at exit it is blocked
	// (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// error: search timed out
// Exit: 0
// Leaks: 1
// Report: 26 27
// Found: 1
