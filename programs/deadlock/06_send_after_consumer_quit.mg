package main

// main feeds jobs to a single worker over an unbuffered channel. The worker
// stops at the first job it cannot parse and returns, but main does not know
// that and keeps sending: the next send has no receiver, ever.
// GoBench kind: communication deadlock / channel (send with no receiver).

import (
	"fmt"
	"strconv"
)

func worker(jobs <-chan string) {
	total := 0
	for j := range jobs {
		n, err := strconv.Atoi(j)
		if err != nil {
			fmt.Println("worker: bad job", strconv.Quote(j), "- stopping")
			return // BUG: stops receiving while the sender still has jobs
		}
		total += n
		fmt.Println("worker: added", n, "total", total)
	}
}

func main() {
	jobs := make(chan string)
	go worker(jobs)
	for _, j := range []string{"10", "20", "x", "40"} {
		jobs <- j // the send of "40" waits for a receiver that is gone
	}
	close(jobs)
	fmt.Println("never printed")
}

// Output:
// worker: added 10 total 10
// worker: added 20 total 30
// worker: bad job "x" - stopping
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 19 30
