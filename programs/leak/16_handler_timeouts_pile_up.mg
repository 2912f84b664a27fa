package main

// A report server runs each request's work in a goroutine and waits for it
// with a deadline: a select on the result channel and time.After. The
// result channel is unbuffered, so when the work is slower than the
// deadline, the handler returns the error and the worker, once done, blocks
// forever on its send. The server keeps serving: every slow request leaks
// one more goroutine, and the leak check reports each one as it happens,
// while the program runs, not only when it ends.
// GoBench kind: goroutine leak / channel (timeout without a buffered reply).

import (
	"errors"
	"fmt"
	"time"
)

type request struct {
	id     int
	cached bool // a cached report is ready at once; the others take a while
}

func buildReport(r request) string {
	if !r.cached {
		time.Sleep(60 * time.Millisecond)
	}
	return fmt.Sprintf("report #%d", r.id)
}

func handle(r request, deadline time.Duration) (string, error) {
	result := make(chan string) // BUG: unbuffered: after a timeout no one receives
	go func() {
		result <- buildReport(r) // a slow report blocks here forever
	}()
	select {
	case s := <-result:
		return s, nil
	case <-time.After(deadline):
		return "", errors.New("deadline exceeded")
	}
}

func main() {
	requests := []request{{1, true}, {2, false}, {3, true}, {4, false}, {5, false}}
	for _, r := range requests {
		s, err := handle(r, 30*time.Millisecond)
		if err != nil {
			fmt.Printf("request %d: %v\n", r.id, err)
			continue
		}
		fmt.Printf("request %d: %s\n", r.id, s)
	}
	// The server stays up a while longer (idle ticks); the slow workers
	// finish meanwhile and each is found stuck on its send.
	for tick := 0; tick < 5; tick++ {
		time.Sleep(30 * time.Millisecond)
	}
	fmt.Println("server shutting down")
}

// Output:
// request 1: report #1
// request 2: deadline exceeded
// request 3: report #3
// request 4: deadline exceeded
// request 5: deadline exceeded
// server shutting down
// Exit: 0
// Leaks: 3
// Report: 31 32 33
// Found: 3
