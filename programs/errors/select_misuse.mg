package main

import "fmt"

func main() {
	jobs := make(chan int, 1)
	quit := make(chan bool)
	n := 0
	jobs <- 1
	n++
	select {
	case j := <-jobs:
		fmt.Println("job", j)
	case n > 3: // ERROR "select case must be send or receive \(possibly with assignment\)"
		fmt.Println("too many")
	case <-quit:
		return
	}
	jobs <- "two" // ERROR "cannot use \"two\" \(untyped string constant\) as int value in send"
}
