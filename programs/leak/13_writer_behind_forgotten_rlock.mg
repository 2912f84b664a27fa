package main

// A router's Lookup takes the read lock and, for an unknown path, returns
// early without RUnlock. Reads keep working (read locks are shared), so the
// bug stays hidden until the background reloader asks for the write lock:
// it waits forever for a reader that will never leave.
// GoBench kind: goroutine leak / lock (RWMutex read lock never released).

import (
	"fmt"
	"sync"
	"time"
)

type Routes struct {
	mu    sync.RWMutex
	table map[string]string
}

func (r *Routes) Lookup(path string) (string, bool) {
	r.mu.RLock()
	h, ok := r.table[path]
	if !ok {
		return "", false // BUG: returns without r.mu.RUnlock()
	}
	r.mu.RUnlock()
	return h, true
}

func (r *Routes) reload() {
	r.mu.Lock() // waits forever for the forgotten read lock
	r.table["/new"] = "newHandler"
	r.mu.Unlock()
}

func main() {
	r := &Routes{table: map[string]string{"/": "index", "/about": "about"}}
	for _, p := range []string{"/", "/missing", "/about"} {
		h, ok := r.Lookup(p)
		fmt.Println(p, "->", h, ok)
	}
	go r.reload()
	// Give the reloader time to reach its Lock, so that at exit it is blocked
	// (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}

// Output:
// / -> index true
// /missing ->  false
// /about -> about true
// main done
// Exit: 0
// Leaks: 1
// Report: 31 42
