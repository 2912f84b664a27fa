package main

// A price feed holds its state lock for the whole publish loop and sends each
// update to the subscriber on an unbuffered channel. After the first update
// the subscriber asks the feed for its last price, which takes the same lock:
// the publisher waits for the subscriber to receive, the subscriber waits for
// the publisher's lock.
// GoBench kind: mixed deadlock / channel & lock.

import (
	"fmt"
	"sync"
)

type Feed struct {
	mu      sync.Mutex
	last    string
	updates chan string
}

func (f *Feed) publish(prices []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range prices {
		f.last = p
		f.updates <- p // BUG: sends while holding f.mu
	}
	close(f.updates)
}

func (f *Feed) Last() string {
	f.mu.Lock() // waits for publish, which waits for us to receive
	defer f.mu.Unlock()
	return f.last
}

func main() {
	f := &Feed{updates: make(chan string)}
	go f.publish([]string{"10.00", "10.25", "10.50"})
	for p := range f.updates {
		fmt.Println("update:", p)
		fmt.Println("feed's last price:", f.Last())
	}
}

// Output:
// update: 10.00
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 22 26 32
