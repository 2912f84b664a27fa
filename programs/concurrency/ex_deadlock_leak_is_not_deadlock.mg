package main

// A deadlock is only reported when EVERY goroutine is blocked. Blocked
// goroutines are not an error while main can still run: when main returns,
// they are just dropped (leaked), and the exit status is 0.

import (
	"fmt"
	"runtime"
)

func main() {
	never := make(chan int)
	var mu chan bool // nil
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-never
		}()
	}
	go func() {
		started <- true
		mu <- true
	}()
	for i := 0; i < 4; i++ {
		<-started
	}
	fmt.Println("blocked goroutines:", runtime.NumGoroutine()-1)
	fmt.Println("main returns normally")
}

// Output:
// blocked goroutines: 4
// main returns normally
// Leaks: 4
