package main

// A select whose cases are all nil channels (and no default) can never
// proceed, just like select {}.

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("selecting on nil channels only")
	select {
	case v := <-in:
		fmt.Println(v)
	case out <- "x":
		fmt.Println("sent")
	}
}

// Output:
// selecting on nil channels only
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
