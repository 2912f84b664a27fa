package main

// The simplest deadlock: main waits to receive on a channel that nobody will
// ever send to. Once the worker has finished, every goroutine (only main is
// left) is asleep, so the runtime stops the program: exit status 2.

import "fmt"

func main() {
	results := make(chan int)
	start := make(chan bool)
	go func() {
		<-start
		sum := 0
		for i := 1; i <= 10; i++ {
			sum += i
		}
		fmt.Println("worker computed", sum, "but forgot to send it")
	}()
	fmt.Println("main starts the worker and waits for the result...")
	start <- true
	fmt.Println(<-results)
}

// Output:
// main starts the worker and waits for the result...
// worker computed 55 but forgot to send it
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
