package main

// runtime.Goexit ends the calling goroutine at once, from any depth of calls,
// but runs its deferred calls first. It is not a panic: recover returns nil.
// Other goroutines are not affected.

import (
	"fmt"
	"runtime"
	"sync"
)

func deep(level int, log chan<- string) {
	defer func() { log <- fmt.Sprint("deferred at level ", level) }()
	if level == 3 {
		log <- "calling Goexit at level 3"
		runtime.Goexit()
	}
	deep(level+1, log)
	log <- "never: the rest of the function is skipped"
}

func main() {
	log := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { log <- fmt.Sprint("recover() during Goexit: ", recover()) }()
		deep(1, log)
	}()
	wg.Wait()
	close(log)
	for line := range log {
		fmt.Println(line)
	}
	fmt.Println("main continues normally")
}

// Output:
// calling Goexit at level 3
// deferred at level 3
// deferred at level 2
// deferred at level 1
// recover() during Goexit: <nil>
// main continues normally
