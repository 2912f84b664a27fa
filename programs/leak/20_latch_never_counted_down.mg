package main

// A countdown latch built on sync.Cond: Await waits until every part of a
// job has called CountDown. Each job starts its parts and a notifier that
// awaits the latch and reports completion. A part that fails returns early
// without CountDown, so the count never reaches zero; once the other parts
// have finished, no goroutine that can still run can reach the latch, and
// the notifier waits on the Cond forever. The scheduler waits for each job
// with a timeout and goes on with the next; the leak check reports each
// stuck notifier as it happens.
// GoBench kind: goroutine leak / condition variable (missing signal).

import (
	"fmt"
	"sync"
	"time"
)

type Latch struct {
	mu    sync.Mutex
	cond  *sync.Cond
	count int
}

func NewLatch(n int) *Latch {
	l := &Latch{count: n}
	l.cond = sync.NewCond(&l.mu)
	return l
}

func (l *Latch) CountDown() {
	l.mu.Lock()
	l.count--
	if l.count == 0 {
		l.cond.Broadcast()
	}
	l.mu.Unlock()
}

func (l *Latch) Await() {
	l.mu.Lock()
	for l.count > 0 {
		l.cond.Wait() // a part that never counts down: waits forever
	}
	l.mu.Unlock()
}

func part(job, n int, l *Latch) {
	if (job+n)%4 == 0 {
		return // BUG: the failed part does not count down
	}
	l.CountDown()
}

func runJob(job int, finished chan<- int) {
	l := NewLatch(3)
	for n := 1; n <= 3; n++ {
		go part(job, n, l)
	}
	go func() {
		l.Await()
		finished <- job
	}()
}

func main() {
	finished := make(chan int)
	for job := 1; job <= 4; job++ {
		runJob(job, finished)
		select {
		case j := <-finished:
			fmt.Println("job", j, "finished")
		case <-time.After(20 * time.Millisecond):
			fmt.Println("job", job, "still running, moving on")
		}
	}
	for tick := 0; tick < 5; tick++ {
		time.Sleep(30 * time.Millisecond) // idle until shutdown
	}
	fmt.Println("scheduler idle")
}

// Output:
// job 1 still running, moving on
// job 2 still running, moving on
// job 3 still running, moving on
// job 4 finished
// scheduler idle
// Exit: 0
// Leaks: 3
// Report: 43 60 61
// Found: 3
