package main

// Cond.Wait unlocks c.L before waiting, so calling it without holding the
// lock is the "unlock of unlocked mutex" fatal error.

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	fmt.Println("calling Wait without Lock")
	c.Wait()
}

// Output:
// calling Wait without Lock
// Exit: 2
// Stderr: fatal error: sync: unlock of unlocked mutex
