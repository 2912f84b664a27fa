package main

// Concept 17: a mutex protects data. Keep it in a struct next to the data it
// guards, and only touch the data in methods (with pointer receivers, so the
// mutex is never copied) that Lock and Unlock around every access.

import (
	"fmt"
	"sort"
	"sync"
)

// SafeCounter is safe to use from many goroutines at once.
type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++ // only one goroutine at a time can be here
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock() // defer: unlocked on every return path
	return c.v[key]
}

func (c *SafeCounter) Keys() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]string, 0, len(c.v))
	for k := range c.v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	words := []string{"go", "chan", "go", "select", "go", "chan"}
	for i := 0; i < 100; i++ {
		for _, w := range words {
			wg.Add(1)
			go func(w string) {
				defer wg.Done()
				c.Inc(w)
			}(w)
		}
	}
	wg.Wait()
	for _, k := range c.Keys() {
		fmt.Printf("%-6s %d\n", k, c.Value(k))
	}
}

// Output:
// chan   200
// go     300
// select 100
