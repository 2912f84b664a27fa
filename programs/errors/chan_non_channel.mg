package main

import "fmt"

func main() {
	results := []int{}
	results <- 1 // ERROR "invalid operation: cannot send to non-channel results \(variable of type \[\]int\)"
	v := <-results // ERROR "invalid operation: cannot receive from non-channel results \(variable of type \[\]int\)"
	close(results) // ERROR "invalid operation: cannot close non-channel results \(variable of type \[\]int\)"
	ch := make(chan int, 1)
	ch <- "one" // ERROR "cannot use \"one\" \(untyped string constant\) as int value in send"
	for a, b := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		fmt.Println(a, b)
	}
	fmt.Println(v)
}
