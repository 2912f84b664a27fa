package main

import "fmt"

func minmax(xs []int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func count(xs []int) int {
	return len(xs)
}

func main() {
	data := []int{4, 1, 9}
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	lo, hi, mid := minmax(data) // ERROR "assignment mismatch: 3 variables but minmax(\(data\))? returns 2 values"
	n, ok := count(data) // ERROR "assignment mismatch: 2 variables but count(\(data\))? returns 1 value"
	var x, y int = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values|extra init expr"
	fmt.Println(a, b, lo, hi, mid, n, ok, x, y)
}
