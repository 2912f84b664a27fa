package main

// Concept 10: concurrency is dealing with many tasks at once (they take turns
// on one processor); parallelism is doing many at once (on several processors).
// The same concurrent program runs on 1 processor (interleaved) or on 4 (in
// parallel), and if it is correct it computes the same answer either way.

import (
	"fmt"
	"runtime"
	"sync"
)

// sumSquares splits 1..n over `parts` goroutines.
func sumSquares(n, parts int) int {
	partial := make([]int, parts)
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := p + 1; i <= n; i += parts {
				partial[p] += i * i
			}
		}(p)
	}
	wg.Wait()
	total := 0
	for _, s := range partial {
		total += s
	}
	return total
}

func main() {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0)) // restore at the end

	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		kind := "concurrent, interleaved on one processor"
		if procs > 1 {
			kind = "concurrent and parallel"
		}
		fmt.Printf("GOMAXPROCS=%d (%s)\n", runtime.GOMAXPROCS(0), kind)
		for _, parts := range []int{1, 4, 16} {
			fmt.Printf("  %2d goroutines: sum = %d\n", parts, sumSquares(2000, parts))
		}
	}
}

// Output:
// GOMAXPROCS=1 (concurrent, interleaved on one processor)
//    1 goroutines: sum = 2668667000
//    4 goroutines: sum = 2668667000
//   16 goroutines: sum = 2668667000
// GOMAXPROCS=4 (concurrent and parallel)
//    1 goroutines: sum = 2668667000
//    4 goroutines: sum = 2668667000
//   16 goroutines: sum = 2668667000
