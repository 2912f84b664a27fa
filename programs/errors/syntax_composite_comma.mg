package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	points := []Point{
		{1, 2},
		{3, 4} // ERROR "unexpected newline in composite literal; possibly missing comma or \}"
	}
	for _, p := range points {
		fmt.Println(p.X + p.Y)
	}
}
