package main

// Concept 21: unbuffered channels as signals, and reply channels. A closed or
// sent-on chan struct{} says "something happened" (no data needed). A request
// that carries its own reply channel gets an answer that belongs to it alone,
// even when many clients talk to the same server at once.

import (
	"fmt"
	"sync"
)

type request struct {
	n     int
	reply chan int // answer for this request only
}

func server(requests <-chan request, quit <-chan struct{}, stopped chan<- struct{}) {
	for {
		select {
		case r := <-requests:
			r.reply <- r.n * r.n
		case <-quit:
			stopped <- struct{}{} // signal: the server has stopped
			return
		}
	}
}

func main() {
	requests := make(chan request)
	quit, stopped := make(chan struct{}), make(chan struct{})
	go server(requests, quit, stopped)

	answers := make([]string, 5)
	var wg sync.WaitGroup
	for c := 0; c < 5; c++ {
		wg.Add(1)
		go func(c int) { // five clients at once
			defer wg.Done()
			r := request{n: c + 10, reply: make(chan int)}
			requests <- r
			answers[c] = fmt.Sprintf("client %d: %d squared is %d", c, r.n, <-r.reply)
		}(c)
	}
	wg.Wait()
	for _, a := range answers {
		fmt.Println(a)
	}

	close(quit) // a signal received by whoever waits on quit
	<-stopped
	fmt.Println("server stopped")
}

// Output:
// client 0: 10 squared is 100
// client 1: 11 squared is 121
// client 2: 12 squared is 144
// client 3: 13 squared is 169
// client 4: 14 squared is 196
// server stopped
