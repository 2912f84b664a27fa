package main

// Request handlers record hits in a shared table. A handler that gets an
// empty path returns early and leaves the table locked. The handler
// goroutine is gone, so nothing can ever unlock: the report main prints at
// the end waits forever for the lock.
// GoBench kind: resource deadlock / double locking (lock never released).

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu   sync.Mutex
	hits map[string]int
}

func (s *Stats) record(path string, done chan<- bool) {
	defer func() { done <- true }()
	s.mu.Lock()
	if path == "" {
		return // BUG: returns with s.mu still locked
	}
	s.hits[path]++
	s.mu.Unlock()
}

func (s *Stats) report() {
	s.mu.Lock() // the holder has exited without unlocking
	defer s.mu.Unlock()
	fmt.Println("hits:", s.hits)
}

func main() {
	s := &Stats{hits: map[string]int{}}
	done := make(chan bool)
	for _, p := range []string{"/home", "/about", ""} {
		go s.record(p, done)
		<-done
		fmt.Printf("recorded %q\n", p)
	}
	s.report()
}

// Output:
// recorded "/home"
// recorded "/about"
// recorded ""
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 21 23 30
