package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

// make with a negative length computed at run time panics.
func main() {
	sizes := []int{4, 0, 2 - 5}
	for _, n := range sizes {
		b := buffer(n)
		fmt.Println("made", len(b))
	}
}

// Output:
// made 4
// made 0
// Exit: 2
// Stderr: panic: runtime error: makeslice: len out of range
