package main

// A server reports lifecycle events on a channel field, but the constructor
// never makes the channel, so it is nil. A send on a nil channel does not
// panic: it blocks forever. The goroutine that announces "started" is stuck
// from its first statement.
// GoBench kind: goroutine leak / channel (nil channel).

import (
	"fmt"
	"time"
)

type Server struct {
	name   string
	events chan string
}

func NewServer(name string) *Server {
	return &Server{name: name} // BUG: events is never made, so it stays nil
}

func (s *Server) Start() {
	go func() {
		s.events <- s.name + " started" // a send on a nil channel blocks forever
	}()
}

func main() {
	s := NewServer("api")
	s.Start()
	fmt.Println(s.name, "running; events channel is nil:", s.events == nil)
	// Give the goroutine time to reach its send, so that at exit it is
	// blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// api running; events channel is nil: true
// Exit: 0
// Leaks: 1
// Report: 24 25
// Found: 1
