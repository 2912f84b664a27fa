package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Celsius float64
type Names []string

// How nil values print, and what %T reports for each kind of type.
func main() {
	var p *int
	var s []int
	var m map[string]int
	var f func()
	var i interface{}
	var e error
	var sh Shape
	var ch chan int

	fmt.Println(p, s, m, i, e, sh)
	fmt.Println(f == nil, ch == nil)
	fmt.Printf("%v %v %v %v\n", p, s, m, i)
	fmt.Printf("%+v %#v %#v %#v\n", s, s, m, i)
	fmt.Printf("%d %s\n", s, s)
	fmt.Printf("[%v] [%s]\n", e, e)

	fmt.Println("--- %T ---")
	fmt.Printf("%T\n", 1)
	fmt.Printf("%T\n", "s")
	fmt.Printf("%T\n", 2.5)
	fmt.Printf("%T\n", 'r')
	fmt.Printf("%T\n", byte(1))
	fmt.Printf("%T\n", true)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", m)
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", i)
	fmt.Printf("%T\n", e)
	fmt.Printf("%T\n", ch)
	fmt.Printf("%T\n", [3]string{})
	fmt.Printf("%T\n", Square{2})
	fmt.Printf("%T\n", &Square{2})
	fmt.Printf("%T\n", Celsius(20))
	fmt.Printf("%T\n", Names{"a"})
	fmt.Printf("%T\n", errors.New("x"))
	fmt.Printf("%T\n", struct{ A int }{1})
	fmt.Printf("%T\n", map[string][]*Square{})
	fmt.Printf("%T\n", func(int, string) (bool, error) { return false, nil })
	fmt.Printf("%T\n", []interface{}{1, "a"})

	sh = Square{3}
	fmt.Printf("%T %v %.1f\n", sh, sh, sh.Area())

	values := []interface{}{nil, 1, "one", 1.0, []int(nil), Celsius(1.5), &Square{1}}
	for i, v := range values {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%T=%v", v, v)
	}
	fmt.Println()
}

// Output:
// <nil> [] map[] <nil> <nil> <nil>
// true true
// <nil> [] map[] <nil>
// [] []int(nil) map[string]int(nil) <nil>
// [] []
// [<nil>] [%!s(<nil>)]
// --- %T ---
// int
// string
// float64
// int32
// uint8
// bool
// *int
// []int
// map[string]int
// func()
// <nil>
// <nil>
// chan int
// [3]string
// main.Square
// *main.Square
// main.Celsius
// main.Names
// *errors.errorString
// struct { A int }
// map[string][]*main.Square
// func(int, string) (bool, error)
// []interface {}
// main.Square {3} 9.0
// <nil>=<nil> int=1 string=one float64=1 []int=[] main.Celsius=1.5 *main.Square=&{1}
