package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Items []string
}

// first returns the job's first item; an empty job has none.
func first(j Job) string {
	return j.Items[0]
}

func worker(j Job, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	results <- fmt.Sprintf("job %d: %s", j.ID, first(j))
}

// A worker goroutine panics on an empty job; main's deferred recover cannot catch a
// panic in another goroutine, so the whole program dies.
func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in main:", r) // never runs
		}
	}()
	jobs := []Job{{1, []string{"a"}}, {2, nil}}
	results := make(chan string, len(jobs))
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(jobs[0], &wg, results)
	wg.Wait()
	fmt.Println(<-results)
	wg.Add(1)
	go worker(jobs[1], &wg, results)
	wg.Wait()
	fmt.Println(<-results)
}

// Output:
// job 1: a
// Exit: 2
// Stderr: panic: runtime error: index out of range [0] with length 0
