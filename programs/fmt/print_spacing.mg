package main

import (
	"fmt"
	"os"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Pair struct {
	Key   string
	Value interface{}
}

// Print adds spaces between operands only when neither side is a string;
// Println always separates with spaces and ends with a newline.
func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", 3, "\n")
	fmt.Print(1.5, true, nil, "\n")
	fmt.Print(Temp(3), Temp(4), "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println("a", "b", 1, 2, true)
	fmt.Println()
	fmt.Println(nil, []string{}, map[int]int{}, struct{}{})

	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%s-%d\n", "abc", 42)
	fmt.Println(n)

	s := fmt.Sprint("joined", 1, 2, "done")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("line", 1)
	fmt.Printf("%q\n", s)

	// Fprintln to standard output.
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%v\n", "k", 7)
	fmt.Fprint(os.Stdout, "fprint", 5, 6, "\n")

	pairs := []Pair{{"temp", Temp(21)}, {"count", 3}, {"name", "x"}, {"none", nil}, {"list", []Temp{1, 2}}}
	for _, p := range pairs {
		fmt.Println(p.Key, p.Value, p)
	}
	fmt.Printf("%v\n", pairs)

	// Byte slices and runes with Println.
	fmt.Println([]byte("hi"), 'a', byte('a'), string('a'))
	fmt.Println(int8(-5), uint16(7), float32(2.5), 1e3, 1e-3)
	var ip *int
	var e error
	fmt.Println(ip == nil, e)
}

// Output:
// ab
// 1 2
// x1 2y3
// 1.5 true <nil>
// 3.0° 4.0°
// [1] [2]
// a b 1 2 true
//
// <nil> [] map[] {}
// counted
// 8 <nil>
// abc-42
// 7
// joined1 2done 13
// "line 1\n"
// to stdout 1
// k=7
// fprint5 6
// temp 21.0° {temp 21.0°}
// count 3 {count 3}
// name x {name x}
// none <nil> {none <nil>}
// list [1.0° 2.0°] {list [1.0° 2.0°]}
// [{temp 21.0°} {count 3} {name x} {none <nil>} {list [1.0° 2.0°]}]
// [104 105] 97 97 a
// -5 7 2.5 1000 0.001
// true <nil>
