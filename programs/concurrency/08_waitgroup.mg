package main

// Concept 8: sync.WaitGroup waits for a group of goroutines. Add(n) before
// starting them, Done() once at the end of each (defer makes it impossible to
// forget), and Wait() blocks until the counter is back to zero.

import (
	"fmt"
	"sync"
)

func download(id int, sizes []int, wg *sync.WaitGroup) {
	defer wg.Done()
	sizes[id] = (id + 1) * 100 // each goroutine writes only its own slot
}

func main() {
	var wg sync.WaitGroup
	sizes := make([]int, 4)

	wg.Add(len(sizes)) // Add before go, never inside the goroutine
	for i := range sizes {
		go download(i, sizes, &wg) // pass a pointer: a copied WaitGroup is a different one
	}
	wg.Wait() // blocks until four Done calls

	total := 0
	for i, s := range sizes {
		fmt.Printf("file %d: %d KB\n", i, s)
		total += s
	}
	fmt.Println("total:", total, "KB")

	// A WaitGroup can be reused once its counter is zero.
	var count int
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		wg.Add(round)
		for j := 0; j < round; j++ {
			go func() {
				defer wg.Done()
				mu.Lock()
				count++
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("after round", round, "count =", count)
	}
}

// Output:
// file 0: 100 KB
// file 1: 200 KB
// file 2: 300 KB
// file 3: 400 KB
// total: 1000 KB
// after round 1 count = 1
// after round 2 count = 3
// after round 3 count = 6
