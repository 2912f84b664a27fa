package main

// Concept 9: the classic WaitGroup bug. Three workers are added, but one of
// them returns early on an error path without calling Done. The counter never
// reaches zero, Wait blocks forever, and since no goroutine is left that could
// call Done, the runtime reports a deadlock (exit status 2).

import (
	"fmt"
	"sync"
)

func process(item string, wg *sync.WaitGroup, results chan<- string) {
	if item == "" {
		results <- "skipped an empty item"
		return // BUG: no wg.Done() on this path (use defer wg.Done())
	}
	results <- "processed " + item
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 3)
	items := []string{"alpha", "", "gamma"}

	wg.Add(len(items))
	for _, it := range items {
		go process(it, &wg, results)
	}
	for range items {
		<-results // every worker has reported; two of them called Done
	}
	fmt.Println("all three workers reported; waiting for the WaitGroup...")
	wg.Wait() // Add(3), Done x2: blocks forever
	fmt.Println("never printed")
}

// Output:
// all three workers reported; waiting for the WaitGroup...
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
