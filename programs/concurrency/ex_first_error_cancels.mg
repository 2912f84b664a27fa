package main

// A group of goroutines shares one context; the first one to fail cancels it,
// and the others notice through ctx.Done() and give up. Only the first error
// is kept.

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var (
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error
	)
	fail := make(chan struct{})
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i == 2 {
				<-fail // fail only when told, so the story is the same every run
				once.Do(func() {
					firstErr = errors.New("task 2: disk full")
					cancel()
				})
				results[i] = "failed"
				return
			}
			<-ctx.Done() // the others would work until cancelled
			results[i] = "gave up: " + ctx.Err().Error()
		}(i)
	}
	close(fail)
	wg.Wait()
	for i, r := range results {
		fmt.Printf("task %d: %s\n", i, r)
	}
	fmt.Println("first error:", firstErr)
}

// Output:
// task 0: gave up: context canceled
// task 1: gave up: context canceled
// task 2: failed
// task 3: gave up: context canceled
// first error: task 2: disk full
