package main

// A case on a nil channel is never ready; select behaves as if it were not
// there. Setting a channel variable to nil turns its case off, and back on by
// assigning a channel again.

import "fmt"

func main() {
	var in chan int // nil: its case is off
	out := make(chan int, 1)

	select {
	case v := <-in:
		fmt.Println("never", v)
	case out <- 1:
		fmt.Println("the only live case: sent 1")
	}

	var nothing chan string
	select {
	case s := <-nothing:
		fmt.Println("never", s)
	case nothing <- "x":
		fmt.Println("never")
	default:
		fmt.Println("all cases nil: default")
	}

	// A tiny state machine: alternate between accepting input and producing
	// output by switching one of the two cases off.
	in = make(chan int, 3)
	in <- 10
	in <- 20
	in <- 30
	out = make(chan int, 1)
	var pending int
	recv, send := in, (chan int)(nil)
	for i := 0; i < 6; i++ {
		select {
		case pending = <-recv:
			fmt.Println("took", pending)
			recv, send = nil, out // now only sending is possible
		case send <- pending * 2:
			fmt.Println("gave", <-out)
			recv, send = in, nil // now only receiving is possible
		}
	}
}

// Output:
// the only live case: sent 1
// all cases nil: default
// took 10
// gave 20
// took 20
// gave 40
// took 30
// gave 60
