package main

// Concept 24: two ways to get a channel into a goroutine.
// 1. A function makes the channel, starts a goroutine that fills it, and
//    returns it receive-only: the function owns it and is the one to close it.
// 2. The caller makes the channel and passes it in (send-only): the caller
//    owns it and closes it once all its senders are done.
// Only the owner (a sender) closes; closing a <-chan T does not compile.

import (
	"fmt"
	"sync"
)

// countdown owns the channel it returns.
func countdown(from int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch) // the owner closes
		for i := from; i > 0; i-- {
			ch <- i
		}
	}()
	return ch
}

// fill only sends; the channel belongs to its caller.
func fill(out chan<- string, who string, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- who
	}
}

func main() {
	for v := range countdown(3) {
		fmt.Println("countdown:", v)
	}

	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go fill(out, "a", 2, &wg)
	go fill(out, "b", 3, &wg)
	go func() {
		wg.Wait()  // after every sender has finished...
		close(out) // ...the owner closes
	}()
	counts := map[string]int{}
	for s := range out {
		counts[s]++
	}
	fmt.Println("received:", counts)
}

// Output:
// countdown: 3
// countdown: 2
// countdown: 1
// received: map[a:2 b:3]
