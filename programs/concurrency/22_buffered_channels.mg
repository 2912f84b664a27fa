package main

// Concept 22: a buffered channel has room for cap(ch) values. Sends only block
// when it is full, receives when it is empty; len(ch) is how many values wait.
// It decouples senders from receivers: many workers can drop their results
// without waiting for anyone, when the order of the results does not matter.

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- "first" // no receiver needed: there is room
	ch <- "second"
	fmt.Println("len", len(ch), "cap", cap(ch))
	fmt.Println(<-ch) // first in, first out
	fmt.Println("len", len(ch), "cap", cap(ch))
	fmt.Println(<-ch)

	// Ten workers send one result each; the buffer holds all ten, so no worker
	// waits for main. Results arrive in any order; the sum is always the same.
	const workers = 10
	results := make(chan int, workers)
	for w := 1; w <= workers; w++ {
		go func(w int) { results <- w * w }(w)
	}
	sum := 0
	for i := 0; i < workers; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares 1..10:", sum)
	fmt.Println("left in the buffer:", len(results))
}

// Output:
// len 0 cap 3
// len 2 cap 3
// first
// len 1 cap 3
// second
// sum of squares 1..10: 385
// left in the buffer: 0
