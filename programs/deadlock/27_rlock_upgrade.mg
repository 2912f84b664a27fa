package main

// GetOrLoad takes the read lock to look a key up and, on a miss, takes the
// write lock to store the loaded value, without releasing the read lock
// first. An RWMutex cannot be upgraded: Lock waits until every reader has
// left, including the caller itself.
// GoBench kind: resource deadlock / double locking (RLock then Lock).

import (
	"fmt"
	"strings"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *Cache) GetOrLoad(key string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if v, ok := c.m[key]; ok {
		return v
	}
	v := strings.ToUpper(key)
	c.mu.Lock() // BUG: upgrades a read lock to a write lock: waits for itself to RUnlock
	c.m[key] = v
	c.mu.Unlock()
	return v
}

func main() {
	c := &Cache{m: map[string]string{"go": "GO"}}
	fmt.Println(c.GetOrLoad("go"))
	fmt.Println(c.GetOrLoad("rust"))
}

// Output:
// GO
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 21 27
