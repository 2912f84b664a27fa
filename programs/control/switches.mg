package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func weekday(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "invalid"
}

// fallthrough continues into the next case body without testing its condition.
func features(level int) []string {
	var out []string
	switch level {
	case 3:
		out = append(out, "admin")
		fallthrough
	case 2:
		out = append(out, "write")
		fallthrough
	case 1:
		out = append(out, "read")
	case 0:
		out = append(out, "none")
	default:
		out = append(out, "unknown")
	}
	return out
}

func order(x int) []string {
	var trace []string
	f := func(s string, v bool) bool { trace = append(trace, s); return v }
	switch {
	case f("first", x > 10):
		trace = append(trace, "big")
	case f("second", x > 5):
		trace = append(trace, "medium")
	case f("third", x > 0):
		trace = append(trace, "small")
	}
	return trace
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println(grade(100))
	fmt.Println(weekday(0), weekday(3), weekday(9))
	for l := 4; l >= 0; l-- {
		fmt.Println(l, features(l))
	}
	fmt.Println(order(20), order(7), order(-1))

	// Switch with init statement; the tag may be any comparable type.
	switch n := len("سلام"); {
	case n > 4:
		fmt.Println("more than 4 bytes:", n)
	default:
		fmt.Println("short")
	}
	switch c := 'ب'; c {
	case 'ا':
		fmt.Println("alef")
	case 'ب':
		fmt.Println("be")
	}
	type pt struct{ x, y int }
	switch (pt{1, 2}) {
	case pt{2, 1}:
		fmt.Println("swapped")
	case pt{1, 2}:
		fmt.Println("match struct")
	}

	// fallthrough into default.
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	default:
		fmt.Println("default after fallthrough")
	case 2:
		fmt.Println("two")
	}

	// Switch on a string with no match and no default does nothing.
	switch "zzz" {
	case "a":
		fmt.Println("a")
	}
	fmt.Println("end")
}

// Output:
// A B C F A
// weekend weekday invalid
// 4 [unknown]
// 3 [admin write read]
// 2 [write read]
// 1 [read]
// 0 [none]
// [first big] [first second medium] [first second third]
// more than 4 bytes: 8
// be
// match struct
// one
// default after fallthrough
// end
