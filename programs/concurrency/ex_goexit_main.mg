package main

// runtime.Goexit in main ends only the main goroutine: the program does not
// exit but keeps running the other goroutines. When they are all finished, the
// runtime reports that main called Goexit and nothing is left: exit status 2.

import (
	"fmt"
	"runtime"
)

func main() {
	start := make(chan bool)
	defer func() {
		fmt.Println("main's deferred calls run")
		close(start)
	}()
	go func() {
		<-start
		for i := 1; i <= 3; i++ {
			fmt.Println("worker still running", i)
		}
		fmt.Println("worker finished")
	}()
	runtime.Goexit()
	fmt.Println("never printed")
}

// Output:
// main's deferred calls run
// worker still running 1
// worker still running 2
// worker still running 3
// worker finished
// Exit: 2
// Stderr: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
