package main

// Clone copies a struct that contains a mutex while the mutex is locked. The
// copy's mutex is a separate value in the locked state, and no one will ever
// unlock it: the first Set on the clone blocks forever. (go vet's copylocks
// check reports this; the compiler does not.)
// GoBench kind: resource deadlock / double locking (lock copied while held).

import (
	"fmt"
	"sync"
)

type Settings struct {
	mu   sync.Mutex
	vals map[string]string
}

func (s *Settings) Set(key, val string) {
	s.mu.Lock() // the clone's mutex was copied locked: blocks forever
	defer s.mu.Unlock()
	s.vals[key] = val
}

func (s *Settings) Clone() *Settings {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := *s // BUG: copies s.mu in its locked state (and shares the map)
	return &c
}

func main() {
	s := &Settings{vals: map[string]string{}}
	s.Set("theme", "dark")
	c := s.Clone()
	fmt.Println("cloned:", c.vals["theme"])
	s.Set("theme", "light")
	fmt.Println("original updated:", s.vals["theme"])
	c.Set("lang", "fa")
	fmt.Println("never printed")
}

// Output:
// cloned: dark
// original updated: light
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 20 28
