package main

import "fmt"

type Shape interface {
	Area() float64, Perimeter() float64 // ERROR "syntax error: unexpected comma in interface type; possibly missing semicolon or newline or \}"
}

func main() {
	var s Shape
	fmt.Println(s)
}
