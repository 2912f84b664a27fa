package main

import "fmt"

func main() {
	switch day := 3 { // ERROR "syntax error: cannot use day := 3 as value"
	case 1:
		fmt.Println("monday")
	default:
		fmt.Println("another day")
	}
}
