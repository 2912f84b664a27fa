package main

// A range loop over a channel only ends when the channel is closed. If the
// sender forgets to close it, the receiver waits for more values forever.

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		// BUG: missing close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("never printed")
}

// Output:
// got 1
// got 2
// got 3
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
