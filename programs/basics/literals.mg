package main

import "fmt"

// Every kind of literal Go accepts: integer bases and separators, floats,
// hex floats, runes with escapes, interpreted and raw strings.
func main() {
	fmt.Println(42, 0x2A, 0X2a, 0o52, 052, 0b101010, 0B_10_1010, 1_000_000, 0x_FF_FF)
	fmt.Println(3.0, 3., .5, 1e3, 1E-2, 6.022_140e23, 0x1p-2, 0x1.8p1, 0X.8p0)
	fmt.Println('a', 'ا', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600', '\000')
	fmt.Println("tab:\t|", "quote:\"|", "nl-escaped:\\n|", "\x48\x69", "\u0633\u0644\u0627\u0645", "\U0001F600")
	fmt.Println(`raw \n stays`, len(`\n`), len("\n"))
	fmt.Println("\a\b\f\v" == "\x07\x08\x0c\x0b", "\377"[0], len("\377"), len("\u00ff"))
	fmt.Printf("%q\n", "\xff\xfe")
	fmt.Printf("%q %q\n", '\'', "'")

	// Untyped constant arithmetic is exact.
	const big = 1 << 62
	const bigger = big * 4 / 8
	fmt.Println(bigger, big/3)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
	fmt.Println(1<<10, 1<<10>>5, -1<<3)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println('a'+1, 'a'*2, "ab"+"cd", "x" < "y")

	// Typed versus untyped: the default types.
	a := 1
	b := 1.0
	c := 'c'
	d := "d"
	e := 1+2*0 == 1
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, e)

	// Composite literals.
	type P struct{ X, Y int }
	ps := []P{{1, 2}, {X: 3}, {}}
	pps := []*P{{5, 6}, nil}
	grid := [2][3]int{{1, 2, 3}, {4}}
	mp := map[string][]P{"a": {{1, 1}}, "b": nil}
	fmt.Println(ps, *pps[0], pps[1] == nil, grid, mp)
	idx := [...]string{2: "c", 0: "a"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q\n", idx)
}

// Output:
// 42 42 42 42 42 42 42 1000000 65535
// 3 3 0.5 1000 0.01 6.02214e+23 0.25 3 0.5
// 97 1575 10 9 92 39 65 65 233 128512 0
// tab:	| quote:"| nl-escaped:\n| Hi سلام 😀
// raw \n stays 2 1
// true 255 1 2
// "\xff\xfe"
// '\'' "'"
// 2305843009213693952 1537228672809129301
// true 0.3333333333333333
// 1024 32 -8
// 3 -3 1 -1 3.5
// 98 194 abcd true
// int float64 int32 string bool
// [{1 2} {3 0} {0 0}] {5 6} true [[1 2 3] [4 0 0]] map[a:[{1 1}] b:[]]
// 3 [a  c]
// ["a" "" "c"]
