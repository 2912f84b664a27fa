package main

import "fmt"

type Point struct {
	X int, // ERROR "syntax error: unexpected comma in struct type"
	Y int
}

func main() {
	fmt.Println(Point{1, 2})
}
