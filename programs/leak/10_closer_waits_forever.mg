package main

// The usual "close the channel when all workers are done" helper goroutine
// runs wg.Wait(); close(out). One worker returns early on its error path
// without calling Done, so the closer waits forever. main does not range
// over out (it reads exactly one value per input), so main finishes and the
// closer leaks.
// GoBench kind: goroutine leak / WaitGroup (missing Done).

import (
	"fmt"
	"sync"
	"time"
)

func double(n int, wg *sync.WaitGroup, out chan<- int) {
	if n < 0 {
		out <- 0
		return // BUG: no wg.Done() on this path
	}
	out <- n * 2
	wg.Done()
}

func main() {
	nums := []int{1, -2, 3}
	out := make(chan int, len(nums))
	var wg sync.WaitGroup
	wg.Add(len(nums))
	for _, n := range nums {
		go double(n, &wg, out)
	}
	go func() {
		wg.Wait() // Add(3), Done x2: waits forever
		close(out)
	}()
	sum := 0
	for range nums {
		sum += <-out
	}
	fmt.Println("sum:", sum)
	// Give the closer time to reach wg.Wait, so that at exit it is blocked
	// (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// sum: 8
// Exit: 0
// Leaks: 1
// Report: 33 34
