package main

// The negative-counter panic can be recovered like any panic; its value
// prints as Go's message. Add with a negative delta is the same as Done.

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	wg.Add(-2)
	wg.Done()
	wg.Wait()
	fmt.Println("Add(3), Add(-2), Done(): counter back at zero")

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()
}

// Output:
// Add(3), Add(-2), Done(): counter back at zero
// recovered: sync: negative WaitGroup counter
