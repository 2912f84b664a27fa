package main

import "fmt"

func consume(jobs <-chan int, done chan<- bool) {
	for j := range jobs {
		fmt.Println("job", j)
	}
	close(jobs) // ERROR "invalid operation: cannot close receive-only channel jobs"
	done <- true
}

func main() {
	jobs := make(chan int, 2)
	done := make(chan bool)
	go consume(jobs, done)
	jobs <- 1
	close(jobs)
	<-done
}
