package main

// os.Exit ends the program immediately with the given status: deferred calls
// do not run (not even main's), and other goroutines stop where they are.

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed, os.Exit skips defers")

	ready := make(chan bool)
	go func() {
		defer fmt.Println("worker deferred: never printed")
		ready <- true
		select {} // waits forever
	}()
	<-ready

	fmt.Println("exiting with status 3")
	os.Exit(3)
	fmt.Println("never printed")
}

// Output:
// exiting with status 3
// Exit: 3
