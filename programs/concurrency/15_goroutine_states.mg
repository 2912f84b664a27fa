package main

// Concept 15: a goroutine is Runnable (ready, waiting for a processor),
// Running (on a processor) or Waiting (blocked on a channel, a lock, a timer,
// I/O...). The worker below reports each change of state to main, which
// prints the reports in order.

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	report := make(chan string)
	data := make(chan int)
	var mu sync.Mutex

	mu.Lock() // main holds the lock for now
	go func() {
		report <- "Running: the worker got a processor"
		report <- "Waiting: blocked on a channel receive"
		v := <-data
		report <- fmt.Sprintf("Running: received %d", v)
		report <- "Waiting: blocked on a mutex held by main"
		mu.Lock()
		report <- "Running: got the mutex"
		mu.Unlock()
		close(report)
	}()
	fmt.Println("main: worker created, it is Runnable")
	fmt.Println("worker:", <-report)
	fmt.Println("worker:", <-report)
	fmt.Println("main: goroutines (Waiting ones count too):", runtime.NumGoroutine())
	data <- 42
	fmt.Println("worker:", <-report)
	fmt.Println("worker:", <-report)
	mu.Unlock()
	for r := range report {
		fmt.Println("worker:", r)
	}
	fmt.Println("main: worker is done")
}

// Output:
// main: worker created, it is Runnable
// worker: Running: the worker got a processor
// worker: Waiting: blocked on a channel receive
// main: goroutines (Waiting ones count too): 2
// worker: Running: received 42
// worker: Waiting: blocked on a mutex held by main
// worker: Running: got the mutex
// main: worker is done
