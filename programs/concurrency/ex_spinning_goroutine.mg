package main

// A goroutine spinning in an empty `for {}` cannot starve the others, even
// with one processor: the scheduler preempts it. Here two spinners run while
// main plays ping-pong with a worker and also sleeps (a timer must get the
// processor back to wake main up).

import (
	"fmt"
	"runtime"
	"time"
)

func spin() {
	for {
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	go spin()

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	v := 0
	for i := 0; i < 50; i++ {
		ping <- v
		v = <-pong
	}
	fmt.Println("50 round trips with two spinners around:", v)

	time.Sleep(time.Millisecond)
	fmt.Println("woke up from Sleep")

	done := make(chan bool)
	go func() { done <- true }()
	<-done
	fmt.Println("main returns; the spinners die with the program")
}

// Output:
// 50 round trips with two spinners around: 50
// woke up from Sleep
// main returns; the spinners die with the program
// Leaks: 1
