package main

// Concept 13: preemption. A goroutine cannot keep a processor forever: the
// runtime interrupts a goroutine that runs too long and lets others run. Even
// with a single processor, a goroutine spinning in `for {}` does not starve
// main or the workers.

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1) // one processor for everybody

	go func() {
		for {
		} // never blocks, never calls a function
	}()

	// Hand the processor to the spinner. main only gets it back if the
	// scheduler takes it away from the spinner.
	runtime.Gosched()
	fmt.Println("main runs again: the spinner was preempted")

	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(i int) { results <- i * 10 }(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("three workers also ran; sum =", sum)
	fmt.Println("main returns (and the spinner dies with the program)")
}

// Output:
// main runs again: the spinner was preempted
// three workers also ran; sum = 60
// main returns (and the spinner dies with the program)
