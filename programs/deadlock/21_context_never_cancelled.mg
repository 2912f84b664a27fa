package main

// A watcher goroutine handles events until its context is cancelled, then
// reports that it stopped. main defers cancel() and then waits for the
// watcher to stop, but a deferred call runs only when main returns, and main
// cannot return before the watcher stops. Nothing else cancels the context,
// and there is no timeout.
// GoBench kind: mixed deadlock / channel & context.

import (
	"context"
	"fmt"
)

func watch(ctx context.Context, events <-chan string, stopped chan<- int) {
	handled := 0
	for {
		select { // waits for an event or a cancellation; neither will come
		case <-events:
			handled++
		case <-ctx.Done():
			stopped <- handled
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // BUG: runs only after main returns; the watcher is waited for first
	events := make(chan string)
	stopped := make(chan int)
	go watch(ctx, events, stopped)
	events <- "user.created"
	events <- "user.deleted"
	fmt.Println("waiting for the watcher to stop")
	fmt.Println("events handled:", <-stopped)
}

// Output:
// waiting for the watcher to stop
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 18 30 37
