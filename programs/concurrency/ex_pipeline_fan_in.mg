package main

// Pipelines: each stage is a goroutine that receives from the previous stage
// and sends to the next, closing its output when its input is exhausted.
// Fan-out: several goroutines read the same channel. Fan-in: merge several
// channels into one, closing it when all inputs are done.

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			for n := range c {
				out <- n
			}
			wg.Done()
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// One straight pipeline: order is kept.
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(n)
	}

	// Fan out to two squarers, fan in again: order is lost, the sum is not.
	in := gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	sum, count := 0, 0
	for n := range merge(sq(in), sq(in)) {
		sum += n
		count++
	}
	fmt.Println("fan-in got", count, "values, sum", sum)
}

// Output:
// 1
// 16
// 81
// fan-in got 10 values, sum 385
