package main

// An event bus delivers events to one subscriber through a buffered channel.
// The subscriber quits on the first error event, but the publisher does not
// notice: the buffer absorbs the next two events, and the send after that
// blocks forever, far from the subscriber's return that caused it.
// GoBench kind: communication deadlock / channel (send on a full buffer).

import "fmt"

func subscriber(events <-chan string) {
	for e := range events {
		if e == "error" {
			fmt.Println("subscriber: got an error event, quitting")
			return // BUG: stops receiving; the publisher is never told
		}
		fmt.Println("subscriber:", e)
	}
}

func main() {
	events := make(chan string, 2)
	go subscriber(events)
	for _, e := range []string{"start", "error", "tick", "tick", "stop"} {
		events <- e // "stop" finds the buffer full and no receiver
	}
	close(events)
	fmt.Println("never printed")
}

// Output:
// subscriber: start
// subscriber: got an error event, quitting
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 15 25
