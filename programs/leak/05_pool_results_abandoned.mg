package main

// A pool of three workers processes jobs and sends each result on an
// unbuffered channel. main returns at the first error, which is right, but
// nobody drains the remaining results: the database is down, every job
// fails, and the other two workers block forever on their send.
// GoBench kind: goroutine leak / channel (results not drained after an error).

import (
	"errors"
	"fmt"
	"time"
)

type result struct {
	job int
	err error
}

func process(job int) error {
	return errors.New("database unavailable")
}

func worker(jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{j, process(j)} // two workers block here forever
	}
}

func run(jobs []int) error {
	jobc := make(chan int, len(jobs))
	for _, j := range jobs {
		jobc <- j
	}
	close(jobc)
	results := make(chan result) // BUG: unbuffered, and not drained after the first error
	for w := 0; w < 3; w++ {
		go worker(jobc, results)
	}
	for range jobs {
		if r := <-results; r.err != nil {
			return r.err
		}
	}
	return nil
}

func main() {
	fmt.Println("run:", run([]int{1, 2, 3}))
	// Give the other workers time to reach their send, so that at exit they
	// are blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// run: database unavailable
// Exit: 0
// Leaks: 2
// Report: 26 38
// Found: 2
