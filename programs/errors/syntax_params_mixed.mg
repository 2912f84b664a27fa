package main

import "fmt"

func clamp(v int, lo, hi) int { // ERROR "syntax error: mixed named and unnamed parameters"
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func main() {
	fmt.Println(clamp(5, 0, 3))
}
