package main

import "fmt"

func divmod(a, b int) (int, int) {
	if b == 0 {
		return 0 // ERROR "not enough return values"
	}
	return a / b, a % b
}

func log(msg string) {
	fmt.Println(msg)
	return msg // ERROR "too many return values"
}

func main() {
	q := divmod(7, 2) // ERROR "assignment mismatch: 1 variable but divmod.* returns 2 values"
	fmt.Println(q)
	log("x")
}
