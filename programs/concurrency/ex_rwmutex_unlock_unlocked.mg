package main

// Unlock of an RWMutex that is not write-locked is a fatal error.

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("write-locked and unlocked")
	rw.Unlock()
}

// Output:
// write-locked and unlocked
// Exit: 2
// Stderr: fatal error: sync: Unlock of unlocked RWMutex
