package main

// Workers are started up front and park until a start signal (closing the
// start channel) tells them to begin. Setup then fails and main returns the
// error without closing start or otherwise releasing them: all three workers
// stay parked on their receive.
// GoBench kind: goroutine leak / channel (receive that is never satisfied).

import (
	"errors"
	"fmt"
	"time"
)

func setup() error {
	return errors.New("cannot open spool directory")
}

func run() error {
	start := make(chan struct{})
	for i := 1; i <= 3; i++ {
		go func(id int) {
			<-start // waits for a start signal that never comes
			fmt.Println("worker", id, "working")
		}(i)
	}
	if err := setup(); err != nil {
		return err // BUG: returns without close(start): the workers are never released
	}
	close(start)
	return nil
}

func main() {
	fmt.Println("run:", run())
	// Give the workers time to reach their receive, so that at exit they are
	// blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// run: cannot open spool directory
// Exit: 0
// Leaks: 3
// Report: 22 23
// Found: 3
