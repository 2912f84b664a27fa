package main

// select {} has no cases, so it blocks forever. It is sometimes used to keep
// main alive while other goroutines work; once they are all finished (or
// blocked), nothing can ever wake main up and the runtime reports a deadlock.

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_ = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println("workers done; main blocks in select {}")
	select {}
}

// Output:
// workers done; main blocks in select {}
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
