package main

// The runtime package: GOMAXPROCS (processors), NumCPU, NumGoroutine and
// Gosched (yield the processor so other goroutines can run).

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	prev := runtime.GOMAXPROCS(2)
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
	fmt.Println("NumGoroutine:", runtime.NumGoroutine())

	block := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() { <-block }()
	}
	fmt.Println("NumGoroutine with 4 blocked:", runtime.NumGoroutine())
	close(block)

	// Gosched in a wait loop: yield instead of burning the processor.
	runtime.GOMAXPROCS(1)
	var flag atomic.Bool
	go func() { flag.Store(true) }()
	yields := 0
	for !flag.Load() {
		runtime.Gosched()
		yields++
	}
	fmt.Println("flag seen after yielding:", yields >= 0)

	runtime.GOMAXPROCS(prev)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == prev)
}

// Output:
// NumCPU >= 1: true
// GOMAXPROCS: 2
// NumGoroutine: 1
// NumGoroutine with 4 blocked: 5
// flag seen after yielding: true
// restored: true
