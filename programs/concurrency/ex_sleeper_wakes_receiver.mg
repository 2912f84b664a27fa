package main

// When main returns, goroutine 2 is still waiting on ch, but it is not leaked: goroutine
// 3, asleep, would send on ch when it wakes up. Only goroutines that nothing able to run
// can ever wake (the channel is out of every running or sleeping goroutine's reach) are
// reported as leaked; here minigo says nothing, as Go does.

import (
	"fmt"
	"time"
)

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
