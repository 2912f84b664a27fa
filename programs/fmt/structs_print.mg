package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name    string
	Age     int
	Email   string
	Tags    []string
	Address *Address
}

type Address struct {
	City    string
	Country string
}

type Inner struct {
	A int
	B string
}

type Outer struct {
	Inner
	C float64
	D bool
	M map[string]int
}

// %v, %+v and %#v on structs, nested structs, pointers to structs and zero values.
func main() {
	p := Point{3, -4}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Println(p)

	pp := &Point{1, 2}
	fmt.Printf("%v %+v\n", pp, pp)
	fmt.Println(pp)

	bob := Person{Name: "Bob", Age: 30, Tags: []string{"admin", "dev"}}
	fmt.Printf("%v\n", bob)
	fmt.Printf("%+v\n", bob)

	var zero Person
	fmt.Printf("%v\n", zero)
	fmt.Printf("%+v\n", zero)
	fmt.Printf("%#v\n", Inner{7, "x"})

	o := Outer{Inner: Inner{1, "one"}, C: 2.5, D: true, M: map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)

	points := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v\n", points)
	fmt.Printf("%+v\n", points)
	fmt.Printf("%#v\n", points)

	ptrs := []*Point{}
	fmt.Println(ptrs, len(ptrs))

	byName := map[string]Point{"origin": {}, "unit": {1, 1}}
	fmt.Println(byName)
	fmt.Printf("%+v\n", byName)

	anon := struct {
		ID   int
		Note string
	}{7, "anonymous"}
	fmt.Printf("%v %+v\n", anon, anon)

	fmt.Printf("%T %T %T %T\n", p, pp, points, byName)
}

// Output:
// {3 -4}
// {X:3 Y:-4}
// main.Point{X:3, Y:-4}
// {3 -4}
// &{1 2} &{X:1 Y:2}
// &{1 2}
// {Bob 30  [admin dev] <nil>}
// {Name:Bob Age:30 Email: Tags:[admin dev] Address:<nil>}
// { 0  [] <nil>}
// {Name: Age:0 Email: Tags:[] Address:<nil>}
// main.Inner{A:7, B:"x"}
// {{1 one} 2.5 true map[a:1 b:2]}
// {Inner:{A:1 B:one} C:2.5 D:true M:map[a:1 b:2]}
// [{1 2} {3 4}]
// [{X:1 Y:2} {X:3 Y:4}]
// []main.Point{main.Point{X:1, Y:2}, main.Point{X:3, Y:4}}
// [] 0
// map[origin:{0 0} unit:{1 1}]
// map[origin:{X:0 Y:0} unit:{X:1 Y:1}]
// {7 anonymous} {ID:7 Note:anonymous}
// main.Point *main.Point []main.Point map[string]main.Point
