package main

// Buffered channels: FIFO queues with a capacity. len is the number of queued
// values, cap the capacity. A nil channel has len 0 and cap 0.

import "fmt"

func main() {
	q := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		q <- i * 11
		fmt.Printf("sent %d: len=%d cap=%d\n", i*11, len(q), cap(q))
	}
	for len(q) > 0 {
		fmt.Println("received", <-q, "len now", len(q))
	}

	// Interleaved sends and receives keep first-in first-out order.
	words := make(chan string, 2)
	words <- "one"
	words <- "two"
	fmt.Println(<-words)
	words <- "three"
	fmt.Println(<-words, <-words)

	// A full buffer blocks the sender until somebody receives.
	full := make(chan int, 1)
	full <- 1
	sent := make(chan bool)
	go func() {
		full <- 2 // blocks: buffer full
		sent <- true
	}()
	fmt.Println("took", <-full)
	<-sent
	fmt.Println("then the blocked sender got in:", <-full)

	var nilCh chan int
	fmt.Println("nil channel: len", len(nilCh), "cap", cap(nilCh))
	fmt.Println("make(chan int, 0) cap:", cap(make(chan int, 0)))
}

// Output:
// sent 11: len=1 cap=4
// sent 22: len=2 cap=4
// sent 33: len=3 cap=4
// sent 44: len=4 cap=4
// received 11 len now 3
// received 22 len now 2
// received 33 len now 1
// received 44 len now 0
// one
// two three
// took 1
// then the blocked sender got in: 2
// nil channel: len 0 cap 0
// make(chan int, 0) cap: 0
