package main

// Each session starts a keep-alive goroutine that holds the session open
// until the session's context is cancelled. open() throws the cancel
// function away, so closing the session cannot stop it: every keep-alive
// goroutine waits on ctx.Done() forever. (go vet's lostcancel check reports
// this; the compiler does not.)
// GoBench kind: goroutine leak / context (cancel function never called).

import (
	"context"
	"fmt"
	"time"
)

type Session struct {
	id  int
	ctx context.Context
}

func open(id int) *Session {
	ctx, _ := context.WithCancel(context.Background()) // BUG: the cancel function is discarded
	s := &Session{id: id, ctx: ctx}
	go s.keepAlive()
	return s
}

func (s *Session) keepAlive() {
	<-s.ctx.Done() // never closed: nobody can cancel this context
	fmt.Println("session", s.id, "released")
}

func main() {
	for id := 1; id <= 2; id++ {
		s := open(id)
		fmt.Println("session", s.id, "opened and used")
	}
	fmt.Println("all sessions closed")
	// Give the keep-alive goroutines time to start waiting, so that at exit
	// they are blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// session 1 opened and used
// session 2 opened and used
// all sessions closed
// Exit: 0
// Leaks: 2
// Report: 24 29
// Found: 1
