package main

import "fmt"

func window(xs []int, start, size int) []int {
	return xs[start : start+size]
}

// Slicing beyond the capacity panics with Go's "slice bounds out of range" text.
func main() {
	data := make([]int, 5, 8)
	for i := range data {
		data[i] = i * i
	}
	fmt.Println(window(data, 0, 3))
	fmt.Println(window(data, 3, 4)) // allowed: within capacity
	fmt.Println(window(data, 6, 3)) // 9 > cap 8
	fmt.Println("unreachable")
}

// Output:
// [0 1 4]
// [9 16 0 0]
// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [:9] with capacity 8
