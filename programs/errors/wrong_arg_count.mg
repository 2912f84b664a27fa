package main

import "fmt"

func area(w, h int) int {
	return w * h
}

func main() {
	fmt.Println(area(3)) // ERROR "not enough arguments in call to area"
	fmt.Println(area(3, 4, 5)) // ERROR "too many arguments in call to area"
	s := make([]int, 0)
	s = append() // ERROR "not enough arguments for append"
	fmt.Println(len(s, s)) // ERROR "too many arguments for len"
}
