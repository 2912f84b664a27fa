package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func (r Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

// Interfaces are satisfied implicitly; pointer-receiver methods require a pointer.
func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1},
		&Triangle{3, 4, 5},
		&Rect{1, 1},
	}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d %-16T area=%7.3f perim=%7.3f\n", i, s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)

	largest := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > largest.Area() {
			largest = s
		}
	}
	fmt.Println("largest:", largest)

	// fmt uses String() when the dynamic type has it (value or pointer).
	fmt.Println(shapes[0], shapes[3])
	fmt.Printf("%v %s %+v\n", Rect{2, 5}, Rect{2, 5}, Circle{2})

	// An interface holding a pointer sees later changes; holding a value does not.
	r := Rect{1, 2}
	var byVal Shape = r
	var byPtr Shape = &r
	r.W = 10
	fmt.Println(byVal.Area(), byPtr.Area())

	// The empty interface accepts anything.
	things := []interface{}{1, "two", 3.0, Rect{1, 1}, nil, []int{4}}
	for _, t := range things {
		_, isShape := t.(Shape)
		fmt.Printf("[%v:%t]", t, isShape)
	}
	fmt.Println()
}

// Output:
// 0 main.Rect        area= 12.000 perim= 14.000
// 1 main.Circle      area=  3.142 perim=  6.283
// 2 *main.Triangle   area=  6.000 perim= 12.000
// 3 *main.Rect       area=  1.000 perim=  4.000
// total area 22.1416
// largest: Rect(3x4)
// Rect(3x4) Rect(1x1)
// Rect(2x5) Rect(2x5) {R:2}
// 2 20
// [1:false][two:false][3:false][Rect(1x1):true][<nil>:false][[4]:false]
