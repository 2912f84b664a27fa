package main

import (
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return "bad", err // ERROR "cannot use \"bad\" .*as int value in return statement"
	}
	return n, nil
}

func half(n int) float64 {
	return n / 2 // ERROR "cannot use n / 2 .*as float64 value in return statement"
}

func main() {
	fmt.Println(parse("12"))
	fmt.Println(half(3))
}
