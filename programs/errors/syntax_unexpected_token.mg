package main

import "fmt"

func main() {
	values := []int{1, 2, 3}
	for i := 0; i < len(values); i++ {
		fmt.Println(values[i] *)  // ERROR "syntax error: unexpected \), expected expression"
	}
}
