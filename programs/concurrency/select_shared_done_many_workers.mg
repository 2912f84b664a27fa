package main

// Many workers select on one jobs channel and one shared ctx.Done(). Each job wakes one
// worker through the jobs case; its waiter on ctx.Done() is left behind and must not
// be found by a scan of thousands of others (which made this quadratic), nor be taken
// for a live receiver when the context is cancelled.

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < 3000; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum := 0
			for {
				select {
				case j := <-jobs:
					sum += j
				case <-ctx.Done():
					results <- sum
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	for i := 1; i <= 30000; i++ {
		jobs <- i
	}
	cancel()
	total, workers := 0, 0
	for s := range results {
		total += s
		workers++
	}
	fmt.Println(total, workers)
}

// Output:
// 450015000 3000
