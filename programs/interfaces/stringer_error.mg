package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur)
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type ValidationError struct {
	Field  string
	Reason string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %s", e.Field, e.Reason)
}

type pair struct {
	C Color
	M Money
}

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", "negative"}
	}
	return nil
}

// fmt calls String() and Error() for %v and %s, also inside slices, maps and structs.
func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Println(Money{12345, "USD"}, Money{5, "EUR"})
	fmt.Printf("%+v\n", pair{Green, Money{100, "IRR"}})
	fmt.Println(Path{"usr", "local", "bin"})
	fmt.Println(&Money{99, "X"})

	err := validate(-1)
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	fmt.Println(validate(3) == nil, validate(3))
	if ve, ok := err.(*ValidationError); ok {
		fmt.Println("field:", ve.Field)
	}

	// %d on a Stringer integer prints the number, %x too.
	fmt.Printf("%d %x %v\n", Blue, Color(255), Color(255))

	var s fmt.Stringer = Red
	fmt.Println(s.String() + "!")
	var e error = &ValidationError{"name", "empty"}
	msg := e.Error()
	fmt.Println(strings.ToUpper(msg[:1]) + msg[1:])
}

// Output:
// Red Blue Color(7)
// Green Green 1 "Green"
// [Blue Red]
// map[Red:1 Blue:3]
// 123.45 USD 0.05 EUR
// {C:Green M:1.00 IRR}
// /usr/local/bin
// 0.99 X
// invalid age: negative
// invalid age: negative | invalid age: negative | "invalid age: negative"
// true <nil>
// field: age
// 2 436f6c6f722832353529 Color(255)
// Red!
// Invalid name: empty
