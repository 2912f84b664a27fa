package main

import "fmt"

func sum(label string, nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func pair(a, b int) int {
	return a + b
}

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(sum("a", xs...))
	fmt.Println(sum("b", 1, xs...)) // ERROR "too many arguments in call to sum"
	fmt.Println(pair(xs...)) // ERROR "cannot use \.\.\. in call to non-variadic pair"
	ys := []string{"x"}
	fmt.Println(sum("c", ys...)) // ERROR "cannot use ys .*as \[\]int value in argument to sum"
}
