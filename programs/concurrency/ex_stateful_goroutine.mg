package main

// Instead of a mutex, one goroutine can own the state and everyone else sends
// it requests over channels: the owner handles them one at a time, so the
// state needs no lock.

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	reads, writes := make(chan readOp), make(chan writeOp)
	go func() {
		state := map[int]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				op := writeOp{key: k, val: w, resp: make(chan bool)}
				writes <- op
				<-op.resp
			}
		}(w)
	}
	wg.Wait()

	for k := 0; k < 5; k++ {
		r := readOp{key: k, resp: make(chan int)}
		reads <- r
		fmt.Printf("key %d = %d\n", k, <-r.resp)
	}
}

// Output:
// key 0 = 45
// key 1 = 45
// key 2 = 45
// key 3 = 45
// key 4 = 45
// Leaks: 1
