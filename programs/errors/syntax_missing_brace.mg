package main

import "fmt"

func sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	return total
}

func main() { // ERROR "syntax error: unexpected name main, expected \("
	fmt.Println(sum([]int{1, 2, 3}))
}
