package main

// Concept 26: three ways to receive.
// 1. plain:  x := <-ch  (blocks until a value comes)
// 2. select over several channels with  x, ok := <-ch : ok is false once a
//    channel is closed and drained; then set it to nil, because a nil channel
//    is never ready and select skips its case.
// 3. for x := range ch  (stops when ch is closed and drained)

import "fmt"

func send(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	// 1. plain receive
	first := send(42)
	x := <-first
	fmt.Println("plain receive:", x)

	// 2. select over two channels until both are closed
	a, b := send(1, 2, 3), send(10, 20)
	var fromA, fromB []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // closed: stop selecting it
				continue
			}
			fromA = append(fromA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fromB = append(fromB, v)
		}
	}
	// values from one channel keep their order, whatever the interleaving
	fmt.Println("select: from a", fromA, "from b", fromB)

	// 3. range
	sum := 0
	for v := range send(5, 6, 7) {
		sum += v
	}
	fmt.Println("range: sum", sum)

	v, ok := <-first
	fmt.Println("receive from closed channel:", v, ok)
}

// Output:
// plain receive: 42
// select: from a [1 2 3] from b [10 20]
// range: sum 18
// receive from closed channel: 0 false
