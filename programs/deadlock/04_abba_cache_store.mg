package main

// A cache sits in front of a store, each with its own mutex. A lookup locks
// the cache and, on a miss, the store. A flush locks the store and then the
// cache, to invalidate it. When a lookup and a flush overlap, each holds the
// lock the other needs next.
// GoBench kind: resource deadlock / AB-BA deadlock across two code paths.

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu      sync.Mutex
	entries map[string]string
}

type Store struct {
	mu   sync.Mutex
	rows map[string]string
}

// These two channels only make the overlap certain: each path announces
// that it holds its first lock and waits until the other holds its own.
var cacheHeld, storeHeld = make(chan bool), make(chan bool)

func lookup(c *Cache, s *Store, key string, out chan<- string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	close(cacheHeld)
	<-storeHeld
	s.mu.Lock() // BUG: cache then store, while flush takes store then cache
	defer s.mu.Unlock()
	c.entries[key] = s.rows[key]
	out <- c.entries[key]
}

func flush(c *Cache, s *Store, done chan<- bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(storeHeld)
	<-cacheHeld
	c.mu.Lock() // waits for the cache lock that lookup holds
	defer c.mu.Unlock()
	c.entries = map[string]string{}
	done <- true
}

func main() {
	c := &Cache{entries: map[string]string{}}
	s := &Store{rows: map[string]string{"k": "v"}}
	out, done := make(chan string), make(chan bool)
	go lookup(c, s, "k", out)
	go flush(c, s, done)
	fmt.Println("lookup and flush started")
	fmt.Println("lookup:", <-out)
	<-done
}

// Output:
// lookup and flush started
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 29 33 40 44 57
