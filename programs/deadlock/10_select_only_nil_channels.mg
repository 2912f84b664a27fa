package main

// main merges two inputs with select, setting each input to nil when it is
// closed so that select stops choosing it: a receive from a nil channel is
// never ready. The loop should end when both are nil, but it loops forever:
// the next select has only nil channels and no default, and blocks for good.
// GoBench kind: communication deadlock / channel (select on nil channels).

import "fmt"

func produce(out chan<- int, vals ...int) {
	for _, v := range vals {
		out <- v
	}
	close(out)
}

func main() {
	a, b := make(chan int), make(chan int)
	go produce(a, 1, 2, 3)
	go produce(b, 10, 20, 30)
	sum := 0
	for { // BUG: should be `for a != nil || b != nil`
		select { // with a == nil and b == nil, no case can ever be ready
		case v, ok := <-a:
			if !ok {
				a = nil
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
			}
			sum += v
		}
		if a == nil && b == nil {
			fmt.Println("both inputs closed, sum:", sum)
		}
	}
}

// Output:
// both inputs closed, sum: 66
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 24
