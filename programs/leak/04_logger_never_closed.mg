package main

// An audit logger goroutine ranges over a channel of entries. main sends its
// entries, asks for a flush and gets the count back, then returns without
// closing the channel: the logger is left parked in its range loop, waiting
// for an entry that will never come.
// GoBench kind: goroutine leak / channel (range over a channel never closed).

import (
	"fmt"
	"time"
)

type auditLog struct {
	entries chan string
	flushed chan int
}

func (a *auditLog) run() {
	written := 0
	for e := range a.entries { // waits forever: entries is never closed
		if e == "FLUSH" {
			a.flushed <- written
			continue
		}
		written++
	}
}

func main() {
	a := &auditLog{entries: make(chan string), flushed: make(chan int)}
	go a.run()
	for _, e := range []string{"login ann", "delete file", "logout ann"} {
		a.entries <- e
	}
	a.entries <- "FLUSH"
	fmt.Println("audit entries written:", <-a.flushed)
	// BUG: close(a.entries) is missing, so run never leaves its loop.
	// Give the logger time to get back to its receive, so that at exit it is
	// blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// audit entries written: 3
// Exit: 0
// Leaks: 1
// Report: 21 32
