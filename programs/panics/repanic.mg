package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup saw:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}
}

// A deferred function recovers, logs, and panics again with a new value.
func main() {
	defer fmt.Println("outer defer still runs")
	defer cleanup()
	fmt.Println("starting")
	panic("original failure")
}

// Output:
// starting
// cleanup saw: original failure
// outer defer still runs
// Exit: 2
// Stderr: panic: original failure [recovered]
