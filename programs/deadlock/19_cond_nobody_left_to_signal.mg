package main

// A pool starts its workers and waits, on a sync.Cond, until all of them have
// reported ready. The expected count is the length of the configuration, but
// one worker is disabled and never started: the count stops one short, and no
// goroutine is left that could ever Signal again.
// GoBench kind: blocking bug / condition variable (Wait that nobody signals).

import (
	"fmt"
	"sync"
)

type Pool struct {
	mu    sync.Mutex
	cond  *sync.Cond
	ready int
}

func (p *Pool) worker() {
	p.mu.Lock()
	p.ready++
	p.cond.Signal()
	p.mu.Unlock()
}

func main() {
	config := []struct {
		name    string
		enabled bool
	}{{"http", true}, {"grpc", false}, {"metrics", true}}
	p := &Pool{}
	p.cond = sync.NewCond(&p.mu)
	for _, w := range config {
		if w.enabled {
			go p.worker()
		}
	}
	fmt.Println("waiting for", len(config), "workers to be ready")
	p.mu.Lock()
	for p.ready < len(config) { // BUG: counts the disabled worker too
		p.cond.Wait()
	}
	p.mu.Unlock()
	fmt.Println("never printed")
}

// Output:
// waiting for 3 workers to be ready
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 42
