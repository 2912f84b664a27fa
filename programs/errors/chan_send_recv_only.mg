package main

import "fmt"

func worker(results <-chan string) {
	results <- "done" // ERROR "invalid operation: cannot send to receive-only channel results"
}

func main() {
	ch := make(chan string, 1)
	go worker(ch)
	fmt.Println(<-ch)
}
