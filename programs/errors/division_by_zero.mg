package main

import "fmt"

const zero = 0

func main() {
	total := 100
	count := 0
	fmt.Println(total / count)
	fmt.Println(total / 0) // ERROR "invalid operation: division by zero"
	fmt.Println(total % zero) // ERROR "invalid operation: division by zero"
	fmt.Println(3.0 / 0) // ERROR "division by zero"
	total /= 0 // ERROR "division by zero"
	fmt.Println(total)
}
