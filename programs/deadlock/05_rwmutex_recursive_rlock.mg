package main

// A config store uses an RWMutex. GetOr holds the read lock and, on a miss,
// asks a background reloader to fetch the key, then calls Lookup for the
// fallback, which takes the read lock again (a recursive read lock). The
// reloader's Lock waits for GetOr's read lock; Go's RWMutex then blocks new
// readers so the writer is not starved, so the second RLock waits for the
// writer, which waits for the first RLock.
// GoBench kind: resource deadlock / RWR deadlock.

import (
	"fmt"
	"runtime"
	"sync"
)

type Config struct {
	mu     sync.RWMutex
	vals   map[string]string
	misses chan string
}

func (c *Config) Lookup(key string) string {
	c.mu.RLock() // BUG: a second read lock in the same goroutine; it waits behind the writer
	defer c.mu.RUnlock()
	return c.vals[key]
}

func (c *Config) GetOr(key, fallback string) string {
	c.mu.RLock() // the first read lock, still held while Lookup runs
	defer c.mu.RUnlock()
	if v, ok := c.vals[key]; ok {
		return v
	}
	c.misses <- key // ask the reloader to fetch it for next time
	waitForWriter(c)
	return c.Lookup(fallback)
}

// waitForWriter makes the bad interleaving certain: it returns once the
// reloader is queued for the write lock (TryRLock fails while a writer waits).
func waitForWriter(c *Config) {
	for c.mu.TryRLock() {
		c.mu.RUnlock()
		runtime.Gosched()
	}
}

func (c *Config) reloader() {
	for key := range c.misses {
		c.mu.Lock() // the writer waits for GetOr's read lock
		c.vals[key] = "9090"
		c.mu.Unlock()
	}
}

func main() {
	c := &Config{vals: map[string]string{"default.port": "8080"}, misses: make(chan string)}
	go c.reloader()
	fmt.Println("looking up port...")
	fmt.Println("port:", c.GetOr("port", "default.port"))
}

// Output:
// looking up port...
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 24 30 51
