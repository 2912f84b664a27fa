package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct {
	side float64
}

func (s Square) Area() float64 {
	return s.side * s.side
}

func describe(s Shape) {
	fmt.Println(s.Area(), s.Perimeter())
}

func main() {
	sq := Square{side: 2}
	describe(sq) // ERROR "Square does not implement Shape \(missing method Perimeter\)"
	var sh Shape = Square{1} // ERROR "missing method Perimeter"
	fmt.Println(sh)
}
