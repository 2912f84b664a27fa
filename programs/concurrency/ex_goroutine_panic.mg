package main

// An unrecovered panic in ANY goroutine ends the whole program with exit
// status 2; main's deferred calls do not run. A goroutine can only recover
// its own panics, with a deferred recover in that goroutine.

import "fmt"

func safely(name string, f func(), done chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			done <- fmt.Sprintf("%s recovered: %v", name, r)
		}
	}()
	f()
	done <- name + " finished"
}

func main() {
	defer fmt.Println("main's defer: never printed")
	done := make(chan string)
	go safely("worker 1", func() {
		var m map[string]int
		m["x"] = 1
	}, done)
	fmt.Println(<-done)
	go safely("worker 2", func() {}, done)
	fmt.Println(<-done)

	go func() {
		panic(fmt.Sprintf("worker 3 failed with code %d", 7))
	}()
	<-done // main waits; the panic in worker 3 ends everything
}

// Output:
// worker 1 recovered: assignment to entry in nil map
// worker 2 finished
// Exit: 2
// Stderr: panic: worker 3 failed with code 7
