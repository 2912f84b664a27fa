package main

// Concept 4: Go schedules goroutines itself, inside the process, instead of
// asking the operating system for a thread each time. Creating a goroutine is
// cheap, so a program can start thousands of them without a second thought.

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 10000
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]int, n)

	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start // every goroutine waits here until main says go
			results[i] = i * 2
		}(i)
	}

	// None of them can finish before start is closed, so all are alive now:
	// 10000 workers plus main itself.
	fmt.Println("goroutines alive:", runtime.NumGoroutine())

	close(start)
	wg.Wait()

	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum of results:", sum)
	fmt.Println("threads the OS had to create: only a few (GOMAXPROCS of them run Go code)")
}

// Output:
// goroutines alive: 10001
// sum of results: 99990000
// threads the OS had to create: only a few (GOMAXPROCS of them run Go code)
