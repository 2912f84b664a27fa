package main

// A goroutine asleep in time.Sleep can still wake up, so the runtime does not
// report a deadlock while it sleeps. Only after it has ended without sending
// is everyone stuck.

import (
	"fmt"
	"time"
)

func main() {
	ch, start := make(chan int), make(chan bool)
	go func() {
		<-start
		time.Sleep(10 * time.Millisecond)
		fmt.Println("sleeper woke up and leaves without sending")
	}()
	fmt.Println("main waits")
	start <- true
	<-ch
}

// Output:
// main waits
// sleeper woke up and leaves without sending
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Found: 1
