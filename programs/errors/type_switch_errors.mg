package main

import "fmt"

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3.14 * c.R * c.R }

type Label string

func describe(s Shape) string {
	switch v := s.(type) {
	case *Circle:
		return fmt.Sprint("circle", v.R)
	case Circle: // ERROR "impossible type switch case: s \(variable of type Shape\) cannot have dynamic type Circle \(method Area has pointer receiver\)"
		return "value circle"
	case Label: // ERROR "impossible type switch case: s \(variable of type Shape\) cannot have dynamic type Label \(missing method Area\)"
		return "label"
	case *Circle: // ERROR "duplicate case \*Circle in type switch"
		return "again"
	}
	l := s.(Label) // ERROR "impossible type assertion: s.\(Label\)\s+Label does not implement Shape \(missing method Area\)"
	return string(l)
}

func main() {
	fmt.Println(describe(&Circle{1}))
}
