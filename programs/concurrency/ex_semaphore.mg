package main

// A buffered channel as a counting semaphore: sending takes a slot, receiving
// gives it back, so at most cap(sem) goroutines are inside at once. An atomic
// counter checks the limit is never exceeded.

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var inside, maxInside atomic.Int32
	var wg sync.WaitGroup
	var done atomic.Int64

	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}        // acquire
			defer func() { <-sem }() // release

			n := inside.Add(1)
			for {
				m := maxInside.Load()
				if n <= m || maxInside.CompareAndSwap(m, n) {
					break
				}
			}
			runtime.Gosched() // give others a chance to pile up
			done.Add(1)
			inside.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("tasks done:", done.Load())
	fmt.Println("never more than", limit, "inside:", maxInside.Load() <= limit)
	fmt.Println("slots free again:", len(sem) == 0)
}

// Output:
// tasks done: 20
// never more than 3 inside: true
// slots free again: true
