package main

import "fmt"

const maxUsers = 100

type Point struct{ X, Y int }

func origin() Point {
	return Point{}
}

func main() {
	maxUsers = 200 // ERROR "cannot assign to maxUsers \(neither addressable nor a map index expression\)|cannot assign to maxUsers \(constant 100 of type untyped int\)|cannot assign to maxUsers"
	origin().X = 5 // ERROR "cannot assign to origin\(\).X"
	for _, p := range []Point{{1, 2}} {
		p.X = 3
		fmt.Println(p)
	}
	len("abc") = 2 // ERROR "cannot assign to len\(\"abc\"\)"
	fmt.Println(maxUsers)
}
