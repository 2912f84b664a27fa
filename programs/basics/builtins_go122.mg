package main

import "fmt"

// Newer builtins that minigo supports: min and max (Go 1.21), clear (Go 1.21)
// and range over an integer (Go 1.22).
func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, -1), max("pear", "apple", "zebra"))
	a, b := 7, -7
	fmt.Println(min(a, b), max(a, b), min(a), max(a, b, 0))
	var u8 uint8 = 200
	fmt.Println(max(u8, 255), min(u8, 10))

	// range over an int counts from 0 to n-1.
	for i := range 4 {
		fmt.Print(i, ";")
	}
	fmt.Println()
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}

	// clear deletes every map entry and zeroes every slice element.
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	t := s[:2]
	clear(t)
	fmt.Println(s, len(t))

	// Building a table with nested integer ranges.
	for row := range 3 {
		line := ""
		for col := range 4 {
			line += fmt.Sprint(max(row, col))
		}
		fmt.Println(line)
	}
}

// Output:
// 1 3 -1 zebra
// -7 7 7 7
// 255 10
// 0;1;2;3;
// 5050
// 5
// 0 map[]
// map[c:3]
// [0 0 3] 2
// 0123
// 1123
// 2223
// NotGo: min/max/clear need Go 1.21 and range over int Go 1.22; expected output taken from Go 1.19 running an equivalent program with helper functions and three-clause loops
