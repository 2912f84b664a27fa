package main

// Concept 12: the Go scheduler maps goroutines (G) onto OS threads (M) through
// processors (P). There are GOMAXPROCS Ps; each has its own run queue of Gs and
// runs them on an M. Blocked Gs wait off the run queues, so the number of Gs is
// not limited by the number of Ps or Ms.

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(2)
	fmt.Println("P (processors):", runtime.GOMAXPROCS(0))
	fmt.Println("G (goroutines):", runtime.NumGoroutine())

	var wg sync.WaitGroup
	gate := make(chan struct{})
	results := make(chan int, 8)
	for i := 1; i <= 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			results <- i * i
		}(i)
	}
	fmt.Println("G after starting 8 workers:", runtime.NumGoroutine())
	fmt.Println("8 Gs blocked on a channel, yet only 2 Ps: blocked Gs hold no P")

	close(gate) // now all 8 become runnable and share the 2 Ps
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares computed by 8 Gs on 2 Ps:", sum)
}

// Output:
// P (processors): 2
// G (goroutines): 1
// G after starting 8 workers: 9
// 8 Gs blocked on a channel, yet only 2 Ps: blocked Gs hold no P
// sum of squares computed by 8 Gs on 2 Ps: 204
