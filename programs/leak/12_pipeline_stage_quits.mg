package main

// A two-stage pipeline: a reader stage emits lines, a parser stage turns them
// into numbers. The parser stops at the first bad line and reports the
// error; main gets the numbers so far and the error, and returns. The reader
// is still trying to hand its next line to a parser that is gone.
// GoBench kind: goroutine leak / channel (pipeline stage exits early).

import (
	"fmt"
	"strconv"
	"time"
)

func readLines(lines []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- l // blocked after the parser quit
		}
	}()
	return out
}

func parse(in <-chan string) (<-chan int, <-chan error) {
	nums := make(chan int)
	errc := make(chan error, 1)
	go func() {
		defer close(nums)
		for l := range in {
			n, err := strconv.Atoi(l)
			if err != nil {
				errc <- err
				return // BUG: stops reading in; the reader stage is never told
			}
			nums <- n
		}
	}()
	return nums, errc
}

func main() {
	nums, errc := parse(readLines([]string{"1", "2", "x", "4", "5"}))
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println("sum:", sum)
	fmt.Println("error:", <-errc)
	// Give the reader time to reach its next send, so that at exit it is
	// blocked (leaked), not merely not yet scheduled.
	time.Sleep(50 * time.Millisecond)
}

// Output:
// sum: 3
// error: strconv.Atoi: parsing "x": invalid syntax
// Exit: 0
// Leaks: 1
// Report: 17 20
// Found: 1
