package main

// A select can mix send and receive cases: it commits to whichever one is
// ready (choosing at random if several are). Here a relay forwards values
// from in to out while also listening for a quit signal.

import "fmt"

func relay(in <-chan int, out chan<- int, quit <-chan bool, report chan<- string) {
	var buf []int
	received, sent := 0, 0
	for {
		var sendTo chan<- int // nil unless something is waiting to go out
		var next int
		if len(buf) > 0 {
			sendTo, next = out, buf[0]
		}
		select {
		case v := <-in:
			buf = append(buf, v)
			received++
		case sendTo <- next:
			buf = buf[1:]
			sent++
		case <-quit:
			report <- fmt.Sprintf("relay: received %d, sent %d, still buffered %d", received, sent, len(buf))
			return
		}
	}
}

func main() {
	in, out := make(chan int), make(chan int)
	quit, report := make(chan bool), make(chan string)
	go relay(in, out, quit, report)

	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
	}()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-out
	}
	fmt.Println("sum through the relay:", sum)
	quit <- true
	fmt.Println(<-report)
}

// Output:
// sum through the relay: 15
// relay: received 5, sent 5, still buffered 0
