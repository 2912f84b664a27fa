package main

// Calling Done more often than Add makes the counter negative: a panic.

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced so far")
	wg.Done() // one Done too many
	fmt.Println("never printed")
}

// Output:
// balanced so far
// Exit: 2
// Stderr: panic: sync: negative WaitGroup counter
