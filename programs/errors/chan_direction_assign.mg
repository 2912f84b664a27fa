package main

import "fmt"

func fill(out chan int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func drain(in <-chan int) {
	for v := range in {
		fmt.Println(v)
	}
}

func main() {
	ch := make(chan int, 3)
	var sendOnly chan<- int = ch
	fill(sendOnly, 3) // ERROR "cannot use sendOnly \(variable of type chan<- int\) as chan int value in argument to fill"
	var recvOnly <-chan int = ch
	var back chan int = recvOnly // ERROR "cannot use recvOnly \(variable of type <-chan int\) as chan int value in variable declaration"
	drain(ch)
	buf := make(chan int, "3") // ERROR "cannot convert \"3\" \(untyped string constant\) to type int"
	fmt.Println(back, buf)
}
