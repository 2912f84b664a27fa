package main

// os.Exit called from any goroutine ends the whole program, even while main
// is still waiting for something.

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main's defer: never printed")
	results := make(chan int)
	ack := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i
			<-ack
		}
		fmt.Println("worker: fatal problem, calling os.Exit(4)")
		os.Exit(4)
	}()
	for {
		fmt.Println("main got", <-results)
		ack <- true
	}
}

// Output:
// main got 1
// main got 2
// main got 3
// worker: fatal problem, calling os.Exit(4)
// Exit: 4
