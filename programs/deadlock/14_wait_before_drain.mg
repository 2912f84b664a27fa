package main

// Workers send their results to a buffered channel; main waits for all of
// them with wg.Wait and only then reads the results. The buffer has room for
// 2 but there are 4 workers: two sends complete, the other two wait for a
// reader, and the reader is waiting for them to call Done.
// GoBench kind: mixed deadlock / channel & WaitGroup.

import (
	"fmt"
	"sync"
)

func main() {
	inputs := []int{1, 2, 3, 4}
	results := make(chan int, 2)
	var wg sync.WaitGroup
	for _, n := range inputs {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * 10 // two of the workers block here: the buffer is full
		}(n)
	}
	fmt.Println("waiting for", len(inputs), "workers")
	wg.Wait() // BUG: waits before draining a channel smaller than the number of workers
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("never printed:", sum)
}

// Output:
// waiting for 4 workers
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 22 26
