package main

import "fmt"

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Closed bool
	Meta   map[string]interface{}
	Origin *Point
}

type Celsius float64
type Tags []string

// %#v prints values as Go syntax: handy when debugging.
func main() {
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", -3.0)
	fmt.Printf("%#v\n", 2.5)
	fmt.Printf("%#v\n", 1e21)
	fmt.Printf("%#v\n", "quote\"d\n")
	fmt.Printf("%#v\n", 'x')
	fmt.Printf("%#v\n", true)
	fmt.Printf("%#v\n", uint8(200))
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", []int(nil))
	fmt.Printf("%#v\n", []string{})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[int]bool(nil))
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", &Point{3, 4})
	fmt.Printf("%#v\n", []Point{{5, 6}})
	fmt.Printf("%#v\n", []*Point{nil})
	fmt.Printf("%#v\n", Celsius(21.5))
	fmt.Printf("%#v\n", Tags{"a", "b"})
	fmt.Printf("%#v\n", struct{ A, B int }{1, 2})
	fmt.Printf("%#v\n", []interface{}{1, "x", nil, 2.0})
	var e error
	fmt.Printf("%#v\n", e)
	var ip *int
	fmt.Printf("%#v\n", ip)

	s := Shape{
		Name:   "tri",
		Points: []Point{{0, 0}, {1, 0}, {0, 1}},
		Closed: true,
		Meta:   map[string]interface{}{"color": "red", "weight": 2},
	}
	fmt.Printf("%#v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%v\n", s)
}

// Output:
// 42
// -3
// 2.5
// 1e+21
// "quote\"d\n"
// 120
// true
// 0xc8
// []int{1, 2}
// []int(nil)
// []string{}
// [2]bool{true, false}
// map[string]int{"a":1, "b":2}
// map[int]bool(nil)
// main.Point{X:1, Y:2}
// &main.Point{X:3, Y:4}
// []main.Point{main.Point{X:5, Y:6}}
// []*main.Point{(*main.Point)(nil)}
// 21.5
// main.Tags{"a", "b"}
// struct { A int; B int }{A:1, B:2}
// []interface {}{1, "x", interface {}(nil), 2}
// <nil>
// (*int)(nil)
// main.Shape{Name:"tri", Points:[]main.Point{main.Point{X:0, Y:0}, main.Point{X:1, Y:0}, main.Point{X:0, Y:1}}, Closed:true, Meta:map[string]interface {}{"color":"red", "weight":2}, Origin:(*main.Point)(nil)}
// {Name:tri Points:[{X:0 Y:0} {X:1 Y:0} {X:0 Y:1}] Closed:true Meta:map[color:red weight:2] Origin:<nil>}
// {tri [{0 0} {1 0} {0 1}] true map[color:red weight:2] <nil>}
