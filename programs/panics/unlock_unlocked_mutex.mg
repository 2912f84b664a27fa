package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

// Reset unlocks twice: a defer and an explicit Unlock.
func (c *Counter) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n = map[string]int{}
	c.mu.Unlock() // BUG: the deferred Unlock runs too
}

func main() {
	c := &Counter{n: map[string]int{}}
	c.Inc("a")
	c.Reset()
	fmt.Println("reset done", c.n)
}

// Output:
// Exit: 2
// Stderr: fatal error: sync: unlock of unlocked mutex
