package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	}
	else { // ERROR "else must be on the same line|unexpected else"
		return "non-negative"
	}
}

func main() {
	fmt.Println(classify(-3))
}
