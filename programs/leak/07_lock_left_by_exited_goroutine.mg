package main

// A request handler locks the session table and returns early on a
// validation error without unlocking. Later, a background janitor wants the
// same lock and blocks forever; the goroutine that locked it is long gone.
// main does not wait for the janitor (fire and forget), so the program exits
// normally and the janitor leaks.
// GoBench kind: goroutine leak / lock (mutex held by an exited goroutine).

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Table struct {
	mu   sync.Mutex
	rows map[string]int
}

func (t *Table) handle(user string, errs chan<- error) {
	t.mu.Lock()
	if user == "" {
		errs <- errors.New("empty user name")
		return // BUG: returns with t.mu still locked
	}
	t.rows[user]++
	t.mu.Unlock()
	errs <- nil
}

func (t *Table) janitor() {
	t.mu.Lock() // blocks forever: the handler that locked t.mu has exited
	defer t.mu.Unlock()
	t.rows = map[string]int{}
}

func main() {
	t := &Table{rows: map[string]int{}}
	errs := make(chan error)
	for _, u := range []string{"ann", ""} {
		go t.handle(u, errs)
		fmt.Printf("handle(%q): %v\n", u, <-errs)
	}
	go t.janitor()
	// Give the janitor time to reach its Lock, so that at exit it is blocked
	// (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}

// Output:
// handle("ann"): <nil>
// handle(""): empty user name
// main done
// Exit: 0
// Leaks: 1
// Report: 34 46
