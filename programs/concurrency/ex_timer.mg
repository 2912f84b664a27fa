package main

// time.NewTimer: a single event on t.C after a duration. Stop prevents it
// from firing and reports whether it stopped a pending timer. Reset restarts
// it with a new duration and reports whether it had been active.

import (
	"fmt"
	"time"
)

func main() {
	t1 := time.NewTimer(5 * time.Millisecond)
	<-t1.C
	fmt.Println("timer 1 fired")
	fmt.Println("Stop after firing:", t1.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("Stop a pending timer:", t2.Stop())
	fmt.Println("Stop it again:", t2.Stop())
	fmt.Println("Reset a stopped timer:", t2.Reset(2*time.Millisecond))
	<-t2.C
	fmt.Println("timer 2 fired after Reset")

	t3 := time.NewTimer(time.Hour)
	fmt.Println("Reset a pending timer:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("timer 3 fired early, thanks to Reset")

	// A stopped timer never sends: this select can only take the other case.
	t4 := time.NewTimer(time.Hour)
	t4.Stop()
	select {
	case <-t4.C:
		fmt.Println("never")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timer 4 was stopped: nothing on its channel")
	}
	fmt.Printf("%T %T\n", t4, t4.C)
}

// Output:
// timer 1 fired
// Stop after firing: false
// Stop a pending timer: true
// Stop it again: false
// Reset a stopped timer: false
// timer 2 fired after Reset
// Reset a pending timer: true
// timer 3 fired early, thanks to Reset
// timer 4 was stopped: nothing on its channel
// *time.Timer <-chan time.Time
