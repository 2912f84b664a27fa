package main

// A cache refresher locks the cache, asks the fetcher goroutine for a fresh
// value and waits for the answer, all inside the critical section. When
// the upstream fails, the fetcher logs the error and returns, so the
// refresher waits for an answer that never comes, still holding the lock.
// The stats reporter then blocks on the same mutex. Neither can ever run
// again: the refresher's channel is out of reach of every goroutine that
// can run, and the only goroutine that could unlock the mutex is the
// refresher itself. The leak check finds both; main, which never kept the
// cache, goes on serving.
// GoBench kind: goroutine leak / lock (mutex held by a leaked goroutine).

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu      sync.Mutex
	entries map[string]string
	keys    chan string // requests to the fetcher
	answers chan string // the fetcher's replies
}

func lookup(key string) (string, error) {
	if key == "eu-west" {
		return "", errors.New("upstream timeout")
	}
	return key + ":ok", nil
}

func (c *Cache) fetcher() {
	for key := range c.keys {
		v, err := lookup(key)
		if err != nil {
			fmt.Println("fetch", key+":", err)
			return // BUG: the refresher is waiting for an answer
		}
		c.answers <- v
	}
}

func (c *Cache) refresh(keys []string) {
	for _, key := range keys {
		c.mu.Lock()
		c.keys <- key
		c.entries[key] = <-c.answers // BUG: waits with the lock held, forever
		c.mu.Unlock()
		fmt.Println("refreshed", key)
	}
}

func (c *Cache) report() {
	for {
		time.Sleep(20 * time.Millisecond)
		c.mu.Lock() // the refresher never unlocks: blocks forever
		fmt.Println("cache entries:", len(c.entries))
		c.mu.Unlock()
	}
}

func startCache() {
	c := &Cache{
		entries: map[string]string{},
		keys:    make(chan string),
		answers: make(chan string),
	}
	go c.fetcher()
	go c.refresh([]string{"us-east", "eu-west", "ap-south"})
	go c.report()
}

func main() {
	startCache()
	for i := 1; i <= 5; i++ {
		time.Sleep(25 * time.Millisecond)
		fmt.Println("main: request", i, "served")
	}
}

// Output:
// refreshed us-east
// fetch eu-west: upstream timeout
// main: request 1 served
// main: request 2 served
// main: request 3 served
// main: request 4 served
// main: request 5 served
// Exit: 0
// Leaks: 2
// Report: 48 50 59
// Found: 2
