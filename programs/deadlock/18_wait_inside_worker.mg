package main

// "The last worker closes the channel": each worker, after sending its
// result, waits for the whole group and then closes the results channel
// (once). But every worker calls wg.Wait before its own deferred Done has
// run, so the counter cannot reach zero: each worker is waiting for itself.
// main, ranging over the never-closed channel, waits for them all.
// GoBench kind: blocking bug / WaitGroup (Wait inside the group).

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, once *sync.Once, results chan<- int) {
	defer wg.Done()
	results <- id * id
	wg.Wait() // BUG: the counter includes this worker's own Done, which runs only after Wait
	once.Do(func() { close(results) })
}

func main() {
	results := make(chan int, 3)
	var wg sync.WaitGroup
	var once sync.Once
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg, &once, results)
	}
	count, sum := 0, 0
	for r := range results {
		count++
		sum += r
		if count == 3 {
			fmt.Println("all 3 results in, sum", sum)
		}
	}
	fmt.Println("never printed")
}

// Output:
// all 3 results in, sum 14
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 18 31
