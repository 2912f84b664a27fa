package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

// Returning a typed nil pointer as an error gives a non-nil interface:
// the classic Go gotcha.
func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Cat struct{ name string }

func (c *Cat) Speak() string {
	if c == nil {
		return "(silence)"
	}
	return c.name + ": meow"
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	fmt.Printf("%T\n", e1)
	e2 := mayFailCorrect(false)
	fmt.Println(e2 == nil, e2)
	fmt.Printf("%T\n", e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)

	var c *Cat
	var s Speaker = c
	fmt.Println(s != nil, s.Speak())
	s = &Cat{"Tom"}
	fmt.Println(s.Speak())

	// An interface is nil only when both its type and value are nil.
	var x interface{}
	fmt.Println(x == nil)
	x = (*int)(nil)
	fmt.Println(x == nil)
	x = nil
	fmt.Println(x == nil)

	// Interfaces compare by dynamic type and value.
	var a, b Speaker = &Cat{"A"}, &Cat{"A"}
	fmt.Println(a == b, a == a)
	var e4, e5 error = mayFail(false), mayFail(false)
	fmt.Println(e4 == e5)
}

// Output:
// false nil *MyErr
// *main.MyErr
// true <nil>
// <nil>
// false failed
// true (silence)
// Tom: meow
// true
// false
// true
// false true
// true
