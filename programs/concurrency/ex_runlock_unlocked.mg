package main

// RUnlock without a matching RLock is a fatal error too.

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("two readers in, two out")
	rw.RUnlock()
}

// Output:
// two readers in, two out
// Exit: 2
// Stderr: fatal error: sync: RUnlock of unlocked RWMutex
