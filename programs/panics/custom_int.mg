package main

import "fmt"

// panic with an int prints the number.
func main() {
	codes := []int{200, 301, 500}
	for _, c := range codes {
		if c >= 500 {
			panic(c)
		}
		fmt.Println("status", c)
	}
}

// Output:
// status 200
// status 301
// Exit: 2
// Stderr: panic: 500
