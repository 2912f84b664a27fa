package main

// Unlocking a mutex that is not locked is a fatal error, not a panic: it
// cannot be recovered, and the program stops with exit status 2.

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("deferred recover: never runs, got", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked once")
	mu.Unlock()
	fmt.Println("never printed")
}

// Output:
// locked and unlocked once
// Exit: 2
// Stderr: fatal error: sync: unlock of unlocked mutex
