package main

// The loop counts each task with wg.Add(1) before deciding whether to run it.
// Disabled tasks are skipped with `continue` after they were counted, so no
// goroutine exists that could call Done for them.
// GoBench kind: blocking bug / WaitGroup (Add without a matching goroutine).

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type task struct {
	name    string
	enabled bool
}

func main() {
	tasks := []task{{"backup", true}, {"reindex", false}, {"vacuum", true}}
	var ran atomic.Int32
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1) // BUG: counted before the skip below
		if !t.enabled {
			fmt.Println("skipping", t.name)
			continue
		}
		go func(t task) {
			defer wg.Done()
			ran.Add(1)
		}(t)
	}
	wg.Wait()
	fmt.Println("never printed:", ran.Load(), "tasks ran")
}

// Output:
// skipping reindex
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 24 34
