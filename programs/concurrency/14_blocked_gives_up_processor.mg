package main

// Concept 14: a goroutine that blocks (on a channel, a lock, I/O) gives up its
// processor, so other goroutines keep it busy. And an idle processor steals
// runnable goroutines from the run queue of a busy one (work stealing), so
// goroutines all started by one goroutine still spread over every processor.

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	// A three-stage pipeline on ONE processor: each stage spends most of its
	// time blocked on a channel, which lets the other stages run.
	nums, squares := make(chan int), make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			nums <- i
		}
		close(nums)
	}()
	go func() {
		for n := range nums {
			squares <- n * n
		}
		close(squares)
	}()
	for s := range squares {
		fmt.Print(s, " ")
	}
	fmt.Println("<- pipeline on 1 processor")

	runtime.GOMAXPROCS(4)
	// One goroutine starts 100 others: they land on its processor's run queue,
	// and idle processors steal from there.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i <= 100; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				mu.Lock()
				total += i
				mu.Unlock()
			}(i)
		}
	}()
	wg.Wait()
	fmt.Println("100 goroutines spawned by one, total =", total)
}

// Output:
// 1 4 9 16 25 <- pipeline on 1 processor
// 100 goroutines spawned by one, total = 5050
