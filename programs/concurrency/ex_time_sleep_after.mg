package main

// time.Sleep pauses the current goroutine for at least the given duration.
// time.After returns a channel that receives the current time once the
// duration has passed: in a select it is a timeout.

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	never := make(chan string) // nobody ever sends
	select {
	case res := <-never:
		fmt.Println(res)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	quick := make(chan string, 1)
	go func() { quick <- "result 2" }()
	select {
	case res := <-quick:
		fmt.Println(res)
	case <-time.After(time.Hour): // would fire only after an hour
		fmt.Println("timeout 2")
	}

	t := <-time.After(time.Millisecond)
	fmt.Println("time.After delivers a time.Time after start:", t.After(start))

	time.Sleep(0) // zero or negative: returns at once
	time.Sleep(-5 * time.Second)
	fmt.Println("done")
}

// Output:
// slept at least 20ms: true
// timeout 1
// result 2
// time.After delivers a time.Time after start: true
// done
