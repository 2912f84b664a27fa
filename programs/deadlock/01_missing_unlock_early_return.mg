package main

// A service registry guards its map with a mutex. Register returns early when
// a name is already taken, but forgets to unlock on that path. The next call
// locks the mutex again from the same goroutine and waits forever: a Go
// sync.Mutex is not reentrant and has no owner, so nobody will unlock it.
// GoBench kind: resource deadlock / double locking (missing unlock).

import (
	"errors"
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.Mutex
	names map[string]int
}

func (r *Registry) Register(name string, id int) error {
	r.mu.Lock() // the third call blocks here: the second call never unlocked
	if _, taken := r.names[name]; taken {
		return errors.New("name already taken: " + name) // BUG: returns with r.mu still locked (use defer r.mu.Unlock())
	}
	r.names[name] = id
	r.mu.Unlock()
	return nil
}

func main() {
	r := &Registry{names: map[string]int{}}
	for id, name := range []string{"db", "db", "cache"} {
		if err := r.Register(name, id); err != nil {
			fmt.Println("register:", err)
			continue
		}
		fmt.Println("registered", name)
	}
	fmt.Println("never printed")
}

// Output:
// registered db
// register: name already taken: db
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 21 23
