package main

// Concept 18: many readers, one writer. sync.RWMutex lets any number of
// readers hold the lock together (RLock), but a writer (Lock) gets it alone.
// Here three readers prove they hold the read lock at the same time: each
// waits inside its critical section until all three are in. With a plain
// Mutex this program would deadlock.

import (
	"fmt"
	"sync"
)

type Config struct {
	mu      sync.RWMutex
	version int
}

func main() {
	cfg := &Config{version: 1}
	const readers = 3
	inside := make(chan int)
	leave := make(chan struct{})
	var wg sync.WaitGroup

	for r := 1; r <= readers; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			cfg.mu.RLock()
			defer cfg.mu.RUnlock()
			inside <- cfg.version // "I am reading"
			<-leave               // stay inside until every reader is in
		}(r)
	}
	for i := 0; i < readers; i++ {
		fmt.Println("a reader is inside, it sees version", <-inside)
	}
	fmt.Println("all", readers, "readers hold the read lock at once")

	written := make(chan struct{})
	go func() {
		cfg.mu.Lock() // waits until every reader has left
		cfg.version = 2
		cfg.mu.Unlock()
		close(written)
	}()
	close(leave)
	wg.Wait()
	<-written

	cfg.mu.RLock()
	fmt.Println("after the writer: version", cfg.version)
	cfg.mu.RUnlock()
}

// Output:
// a reader is inside, it sees version 1
// a reader is inside, it sees version 1
// a reader is inside, it sees version 1
// all 3 readers hold the read lock at once
// after the writer: version 2
