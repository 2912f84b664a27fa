package main

// time.NewTicker sends on its channel again and again, every period, until
// Stop. time.Tick is the short form when the ticker never needs stopping.

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(2 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()
	fmt.Println("three ticks took at least 6ms:", time.Since(start) >= 6*time.Millisecond)

	n := 0
	for range time.Tick(time.Millisecond) {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("time.Tick ticked", n, "times")

	// A ticker inside a worker loop, stopped by a done channel.
	done, reached := make(chan bool), make(chan bool)
	count := make(chan int)
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		c := 0
		for {
			select {
			case <-done:
				count <- c
				return
			case <-t.C:
				c++
				if c == 5 {
					fmt.Println("worker: 5 ticks")
					reached <- true
				}
			}
		}
	}()
	<-reached
	done <- true
	fmt.Println("worker counted at least 5:", <-count >= 5)
}

// Output:
// tick 1
// tick 2
// tick 3
// three ticks took at least 6ms: true
// time.Tick ticked 3 times
// worker: 5 ticks
// worker counted at least 5: true
