package main

// break inside a select leaves the select, not the loop around it. To leave
// the loop, break with a label (or return).

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 1; i <= 6; i++ {
		ch <- i
	}
	close(ch)

	count := 0
	for i := 0; i < 3; i++ {
		select {
		case v := <-ch:
			if v%2 == 1 {
				break // leaves only the select
			}
			fmt.Println("even", v)
		}
		count++
	}
	fmt.Println("loop ran", count, "times")

loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop // leaves the for loop
			}
			fmt.Println("got", v)
		}
	}
	fmt.Println("after the labelled break")

	// continue inside select continues the enclosing loop.
	in := make(chan int, 4)
	for _, v := range []int{1, 2, 3, 4} {
		in <- v
	}
	for i := 0; i < 4; i++ {
		select {
		case v := <-in:
			if v == 2 {
				continue
			}
			fmt.Println("kept", v)
		}
	}
}

// Output:
// even 2
// loop ran 3 times
// got 4
// got 5
// got 6
// after the labelled break
// kept 1
// kept 3
// kept 4
