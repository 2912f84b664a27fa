package main

// Health checks run in parallel and report failures on an unbuffered
// channel. main takes the first failure, prints it, and then waits for all
// checks to finish. Every host is down, so the other checks are still trying
// to send their failure, which no one will receive, and their Done never runs.
// GoBench kind: mixed deadlock / channel & WaitGroup (errgroup without buffer).

import (
	"errors"
	"fmt"
	"sync"
)

func ping(host string) error {
	return errors.New("connection refused")
}

func main() {
	hosts := []string{"db-1", "db-2", "db-3"}
	errc := make(chan error)
	var wg sync.WaitGroup
	for _, h := range hosts {
		wg.Add(1)
		go func(h string) {
			defer wg.Done()
			if err := ping(h); err != nil {
				errc <- err // after the first, these sends never find a receiver
			}
		}(h)
	}
	fmt.Println("first failure:", <-errc)
	wg.Wait() // BUG: only one error is received; the other senders never finish
	fmt.Println("never printed")
}

// Output:
// first failure: connection refused
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 28 33
