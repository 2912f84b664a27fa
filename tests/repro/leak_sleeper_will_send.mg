package main

import (
	"fmt"
	"time"
)

// A false leak report (found by tests/no_false_reports.rs's author): main returns while
// goroutine 2 waits for a value that goroutine 3, asleep, will send. Goroutine 2 is not
// blocked forever, yet minigo reports "1 goroutine leaked (blocked forever)".
// Cause: detect/world.rs marks a goroutine leaked when it is not itself asleep or
// waiting on a timer, without looking at whether a sleeping goroutine could still wake
// it. Not in programs/ (tests/programs.rs would fail on the leak summary).
func main() {
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println("got", v)
	}()
	go func() {
		time.Sleep(50 * time.Millisecond)
		ch <- 1
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main done")
}

// Output:
// main done
