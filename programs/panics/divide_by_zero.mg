package main

import "fmt"

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

// Integer division by zero panics (float division gives +Inf instead).
func main() {
	fmt.Println(average([]int{2, 4, 9}))
	var zero float64
	fmt.Println(1 / zero)
	fmt.Println(average(nil))
	fmt.Println("unreachable")
}

// Output:
// 5
// +Inf
// Exit: 2
// Stderr: panic: runtime error: integer divide by zero
