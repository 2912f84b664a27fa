package main

import "fmt"

type Server struct {
	quit chan struct{}
}

// Stop signals the server's goroutines to quit.
func (s *Server) Stop() {
	close(s.quit)
}

func (s *Server) Serve(requests []string) error {
	defer s.Stop()
	for _, r := range requests {
		if r == "" {
			s.Stop() // BUG: the deferred Stop closes the channel again
			return fmt.Errorf("empty request")
		}
		fmt.Println("served", r)
	}
	return nil
}

// Stop is called on the error path and again by the defer: the second close panics.
func main() {
	s := &Server{quit: make(chan struct{})}
	err := s.Serve([]string{"/a", "", "/b"})
	fmt.Println("error:", err)
}

// Output:
// served /a
// Exit: 2
// Stderr: panic: close of closed channel
