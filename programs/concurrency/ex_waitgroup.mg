package main

// sync.WaitGroup in the Go by Example style: a worker pool, where each worker
// calls Done (deferred) when it finishes. Several goroutines may Wait on the
// same WaitGroup; all are released together.

import (
	"fmt"
	"sync"
)

func worker(id int, out []string, wg *sync.WaitGroup) {
	defer wg.Done()
	out[id-1] = fmt.Sprintf("worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 5)
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go worker(i, out, &wg)
	}
	wg.Wait()
	for _, line := range out {
		fmt.Println(line)
	}

	// Many waiters: a second WaitGroup counts the goroutines that are waiting.
	var gate, waiters sync.WaitGroup
	gate.Add(1)
	released := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			gate.Wait()
			released <- i
		}(i)
	}
	gate.Done() // counter 1 -> 0: every Wait returns
	waiters.Wait()
	close(released)
	sum := 0
	for i := range released {
		sum += i
	}
	fmt.Println("all waiters released, ids sum to", sum)

	// Wait on a WaitGroup whose counter is zero returns at once.
	var idle sync.WaitGroup
	idle.Wait()
	fmt.Println("Wait with a zero counter does not block")
}

// Output:
// worker 1 done
// worker 2 done
// worker 3 done
// worker 4 done
// worker 5 done
// all waiters released, ids sum to 6
// Wait with a zero counter does not block
