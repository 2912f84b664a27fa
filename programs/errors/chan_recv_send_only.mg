package main

import "fmt"

func producer(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	v := <-out // ERROR "invalid operation: cannot receive from send-only channel out"
	fmt.Println(v)
	for x := range out { // ERROR "cannot range over out .*receive from send-only channel"
		fmt.Println(x)
	}
}

func main() {
	ch := make(chan int, 10)
	producer(ch)
}
