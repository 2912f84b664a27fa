package main

// Concept 11: goroutines are light "virtual threads" managed by the Go runtime.
// An OS thread reserves a large fixed stack (often 1-8 MB); a goroutine starts
// with a few kilobytes and its stack grows only when it needs to. So thousands
// can wait at the same time, and one of them can still recurse deeply.

import (
	"fmt"
	"runtime"
	"sync"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	const waiters = 5000
	release := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(waiters)
	for i := 0; i < waiters; i++ {
		go func() {
			defer wg.Done()
			<-release // parked: costs memory for its small stack, no CPU
		}()
	}
	fmt.Println("parked goroutines:", runtime.NumGoroutine()-1)

	// One more goroutine whose stack grows to hold 100000 nested calls.
	deep := make(chan int)
	go func() { deep <- depth(100000) }()
	fmt.Println("recursion depth reached in a goroutine:", <-deep)

	close(release)
	wg.Wait()
	fmt.Println("all", waiters, "waiters released")
}

// Output:
// parked goroutines: 5000
// recursion depth reached in a goroutine: 100000
// all 5000 waiters released
