package main

import "fmt"

type Order struct {
	ID    int
	Item  string
	Price float64
}

func main() {
	a := Order{ID: 1, Itme: "pen", Price: 1.5} // ERROR "unknown field Itme in struct literal"
	b := Order{2, "ink"} // ERROR "too few values in struct literal"
	c := Order{ID: 3, "cup", 2.0} // ERROR "mixture of field:value and value elements in struct literal"
	d := Order{4, "mug", 3.0, true} // ERROR "too many values in struct literal"
	e := Order{ID: 5, ID: 6} // ERROR "duplicate field name ID in struct literal"
	fmt.Println(a, b, c, d, e)
}
