package main

// Concept 7: the go statement does not wait. main is itself a goroutine, and
// when main returns the whole program ends: goroutines that are still running
// or waiting are simply gone, without running their deferred calls.

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine()) // main alone

	never := make(chan int)
	ready := make(chan bool)
	go func() {
		defer fmt.Println("deferred in the worker: never printed")
		ready <- true
		<-never // waits forever: nobody sends
		fmt.Println("worker finished: never printed")
	}()
	<-ready
	fmt.Println("goroutines now:", runtime.NumGoroutine())

	fmt.Println("main returns")
}

// Output:
// goroutines at start: 1
// goroutines now: 2
// main returns
// Leaks: 1
