package main

// Closing a channel makes every receive case on it ready (with ok == false),
// so goroutines blocked in select wake up. A goroutine blocked in a select
// SEND case on that channel panics instead.

import (
	"fmt"
	"sync"
)

func main() {
	quit := make(chan struct{})
	work := make(chan int)
	var wg sync.WaitGroup
	stopped := make([]bool, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			select {
			case <-work:
			case _, ok := <-quit:
				stopped[i] = !ok
			}
		}(i)
	}
	close(quit)
	wg.Wait()
	fmt.Println("all stopped by close:", stopped)

	out := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("sender: ", recover()) }()
		select {
		case out <- 1:
			fmt.Println("never: nobody receives")
		case <-work: // never ready
		}
	}()
	close(out)
	fmt.Println(<-res)
}

// Output:
// all stopped by close: [true true true]
// sender: send on closed channel
