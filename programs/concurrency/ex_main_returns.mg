package main

// When main returns, the program exits at once: main's own deferred calls run
// (main is an ordinary function), but other goroutines are stopped wherever
// they are, and their deferred calls never run.

import "fmt"

func main() {
	defer fmt.Println("main's deferred call runs")

	ticks := make(chan int)
	ack := make(chan bool)
	go func() {
		defer fmt.Println("worker's deferred call: never runs")
		for t := range ticks {
			fmt.Println("worker got tick", t)
			ack <- true
		}
		fmt.Println("worker saw the channel closed: never happens")
	}()

	for t := 1; t <= 3; t++ {
		ticks <- t
		<-ack
	}
	fmt.Println("main returns without closing ticks")
}

// Output:
// worker got tick 1
// worker got tick 2
// worker got tick 3
// main returns without closing ticks
// main's deferred call runs
