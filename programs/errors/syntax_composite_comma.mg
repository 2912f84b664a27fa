package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	points := []Point{
		{1, 2},
		{3, 4} // ERROR "missing ','|expected ','|unexpected newline"
	}
	for _, p := range points {
		fmt.Println(p.X + p.Y)
	}
}
