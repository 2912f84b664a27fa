package main

// sync.RWMutex guarding a cache: lookups take the read lock (many at once),
// updates take the write lock (alone). RLocker returns a Locker whose Lock
// and Unlock are RLock and RUnlock.

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[string]string{}}
	var wg sync.WaitGroup
	for _, w := range []string{"go", "chan", "select", "mutex"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			c.Set(w, strings.ToUpper(w))
		}(w)
	}
	wg.Wait()

	hits := make([]string, 0)
	var hmu sync.Mutex
	for _, k := range []string{"go", "java", "select", "mutex", "rust", "chan"} {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			if v, ok := c.Get(k); ok {
				hmu.Lock()
				hits = append(hits, k+"="+v)
				hmu.Unlock()
			}
		}(k)
	}
	wg.Wait()
	sort.Strings(hits)
	fmt.Println(len(hits), "hits:", hits)

	// Readers nest with each other: two read locks at once are fine.
	r := c.mu.RLocker()
	r.Lock()
	c.mu.RLock()
	fmt.Println("two read locks held together")
	c.mu.RUnlock()
	r.Unlock()
	c.Set("x", "y")
	fmt.Println("then the write lock was free again")
}

// Output:
// 4 hits: [chan=CHAN go=GO mutex=MUTEX select=SELECT]
// two read locks held together
// then the write lock was free again
