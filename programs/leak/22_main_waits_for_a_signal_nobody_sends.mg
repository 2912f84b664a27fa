package main

// A batch tool starts its worker and then parks main until a shutdown
// signal arrives on a channel. The wiring is wrong: main waits on a channel
// it made itself and gave to nobody, while the worker was handed another
// one. main is blocked forever from the start; the program only
// ends because the worker, when the queue is empty, calls os.Exit(0) on
// its own. Go reports nothing (a goroutine is still running, so this is no
// deadlock); the leak check finds main itself blocked forever while the
// worker is still busy.
// GoBench kind: goroutine leak / channel (main waits on a channel nobody can reach).

import (
	"fmt"
	"os"
	"time"
)

func worker(jobs []string, stop chan struct{}) {
	for _, j := range jobs {
		time.Sleep(10 * time.Millisecond) // the work
		fmt.Println("processed", j)
	}
	fmt.Println("queue empty, exiting")
	os.Exit(0) // ends the program: main never gets its signal
}

func main() {
	stop := make(chan struct{})
	go worker([]string{"invoice-1", "invoice-2", "invoice-3", "invoice-4"}, stop)
	shutdown := make(chan struct{}) // BUG: should wait on stop, or be given to the worker
	<-shutdown
	fmt.Println("shutting down")
}

// Output:
// processed invoice-1
// processed invoice-2
// processed invoice-3
// processed invoice-4
// queue empty, exiting
// Exit: 0
// Leaks: 0
// Report: 31 32
// Found: 1
