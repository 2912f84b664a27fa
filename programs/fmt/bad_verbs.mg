package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// Printf never fails: mistakes show up inside the output, in Go's own notation.
func main() {
	fmt.Println(fmt.Sprintf("%d", "text"))
	fmt.Println(fmt.Sprintf("%s", 42))
	fmt.Println(fmt.Sprintf("%t", 1))
	fmt.Println(fmt.Sprintf("%d %d", 1))
	fmt.Println(fmt.Sprintf("%d", 1, 2))
	fmt.Println(fmt.Sprintf("%d %s", 1, "a", true, 2.5))
	fmt.Println(fmt.Sprintf("%z", 3))
	fmt.Println(fmt.Sprintf("%!"))
	fmt.Println(fmt.Sprintf("no verbs", "extra"))
	fmt.Println(fmt.Sprintf("%"))
	fmt.Println(fmt.Sprintf("%d", nil))
	fmt.Println(fmt.Sprintf("%s", nil))
	fmt.Println(fmt.Sprintf("%x", 3.5))
	fmt.Println(fmt.Sprintf("%c", "c"))
	fmt.Println(fmt.Sprintf("%.2f", 3))
	fmt.Println(fmt.Sprintf("%s %v", Temp(21.5), Temp(-3)))
	fmt.Println(fmt.Sprintf("%d", Temp(5)))
	fmt.Println(fmt.Sprintf("%s", errors.New("an error")))
	fmt.Println(fmt.Sprintf("%v|%d", []interface{}{1, "a"}, []interface{}{1, "a"}))

	// Sprint / Sprintln spacing: Sprint adds spaces only between operands
	// when neither is a string; Sprintln always does.
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Print(fmt.Sprintln("a", "b", 1, 2))
	fmt.Print("x", 1, 2, "y\n")
	fmt.Print(1, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(nil, nil))
	s := fmt.Sprintf("%d-%d", 1)
	fmt.Println(s, len(s))
}

// Output:
// %!d(string=text)
// %!s(int=42)
// %!t(int=1)
// 1 %!d(MISSING)
// 1%!(EXTRA int=2)
// 1 a%!(EXTRA bool=true, float64=2.5)
// %!z(int=3)
// %!!(MISSING)
// no verbs%!(EXTRA string=extra)
// %!(NOVERB)
// %!d(<nil>)
// %!s(<nil>)
// 0x1.cp+01
// %!c(string=c)
// %!f(int=03)
// 21.5°C -3.0°C
// %!d(main.Temp=5)
// an error
// [1 a]|[1 %!d(string=a)]
// ab1 2c3.5 true
// 1 2 3
// a b 1 2
// x1 2y
// 1
//  <nil> <nil> <nil>
// 1-%!d(MISSING) 14
