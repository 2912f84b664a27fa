package main

import (
	"errors"
	"fmt"
)

// Faulty is a Stringer whose String method panics.
type Faulty struct{ id int }

func (f Faulty) String() string {
	if f.id == 0 {
		panic("no id")
	}
	return fmt.Sprint("faulty#", f.id)
}

// Vec has a value-receiver String; calling it through a nil *Vec panics,
// which fmt reports as <nil>.
type Vec struct{ X, Y int }

func (v Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

// Node handles a nil receiver itself.
type Node struct{ name string }

func (n *Node) String() string {
	if n == nil {
		return "(empty node)"
	}
	return "node " + n.name
}

// BadErr panics inside Error.
type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("error text unavailable")) }

// Point has a GoString method, used by %#v.
type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d, %d)", p.X, p.Y) }

// fmt protects itself from panicking String/Error methods and uses GoString for %#v.
func main() {
	fmt.Println(Faulty{3}, Faulty{0})
	fmt.Printf("%s|%v|%d|%q\n", Faulty{0}, Faulty{0}, Faulty{0}, Faulty{5})

	var vp *Vec
	fmt.Println(vp, Vec{1, 2}, &Vec{3, 4})
	fmt.Printf("%v %s %+v\n", vp, vp, vp)

	var np *Node
	fmt.Println(np, &Node{"a"})
	fmt.Printf("%v|%s\n", np, np)

	fmt.Println(BadErr{})
	fmt.Printf("%v|%s\n", BadErr{}, BadErr{})

	// The same values inside containers.
	items := []fmt.Stringer{Vec{5, 6}, vp, np, &Node{"b"}, Faulty{0}, nil}
	fmt.Println(items)
	fmt.Printf("%v\n", map[string]fmt.Stringer{"a": np, "b": vp, "c": Faulty{1}})
	type holder struct {
		V *Vec
		N *Node
	}
	fmt.Printf("%+v\n", holder{nil, nil})

	fmt.Printf("%#v %v %+v\n", Point{1, 2}, Point{1, 2}, Point{1, 2})
	fmt.Printf("%#v\n", []Point{{3, 4}})
	fmt.Printf("%#v\n", map[string]Point{"o": {}})
}

// Output:
// faulty#3 %!v(PANIC=String method: no id)
// %!s(PANIC=String method: no id)|%!v(PANIC=String method: no id)|{0}|"faulty#5"
// <nil> <1,2> <3,4>
// <nil> <nil> <nil>
// (empty node) node a
// (empty node)|(empty node)
// %!v(PANIC=Error method: error text unavailable)
// %!v(PANIC=Error method: error text unavailable)|%!s(PANIC=Error method: error text unavailable)
// [<5,6> <nil> (empty node) node b %!v(PANIC=String method: no id) <nil>]
// map[a:(empty node) b:<nil> c:faulty#1]
// {V:<nil> N:(empty node)}
// Pt(1, 2) {1 2} {X:1 Y:2}
// []main.Point{Pt(3, 4)}
// map[string]main.Point{"o":Pt(0, 0)}
