package main

// Three workers send their results on a channel and main ranges over it to
// add them up. The workers finish and the WaitGroup reaches zero, but nobody
// closes the channel, so after the third value range waits for a fourth.
// GoBench kind: communication deadlock / channel (range without close).

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(i)
	}
	wg.Wait()
	count, sum := 0, 0
	for r := range results { // BUG: nobody ever calls close(results)
		count++
		sum += r
		fmt.Println("results so far:", count)
	}
	fmt.Println("never printed: sum", sum)
}

// Output:
// results so far: 1
// results so far: 2
// results so far: 3
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 25
