package main

// A queue's consumer goroutine waits on a sync.Cond for items. main pushes
// two items, waits until both are processed and returns. The queue has no
// Close that sets a flag and Broadcasts, so the consumer is left waiting on
// the Cond for a third item forever.
// GoBench kind: goroutine leak / condition variable (no shutdown broadcast).

import (
	"fmt"
	"sync"
	"time"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []string
}

func (q *Queue) Push(item string) {
	q.mu.Lock()
	q.items = append(q.items, item)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) consume(processed chan<- string) {
	for {
		q.mu.Lock()
		for len(q.items) == 0 {
			q.cond.Wait() // after the last item: waits forever
		}
		item := q.items[0]
		q.items = q.items[1:]
		q.mu.Unlock()
		processed <- "processed " + item
	}
}

func main() {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	processed := make(chan string)
	go q.consume(processed)
	q.Push("email-1")
	q.Push("email-2")
	for i := 0; i < 2; i++ {
		fmt.Println(<-processed)
	}
	// BUG: no shutdown: nothing tells the consumer to stop waiting.
	// Give the consumer time to get back to Wait, so that at exit it is
	// blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// processed email-1
// processed email-2
// Exit: 0
// Leaks: 1
// Report: 32 45
