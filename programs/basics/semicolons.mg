package main

import "fmt"

type builder struct{ parts []string }

func (b *builder) add(s string) *builder { b.parts = append(b.parts, s); return b }
func (b *builder) done() string {
	out := ""
	for _, p := range b.parts { out += p }
	return out
}

// Layouts that only work because of Go's semicolon rules: a newline ends a
// statement after an identifier, literal, ) ] } or return/break/continue/++/--,
// so long expressions must break after an operator, a comma, or a dot.
func main() {
	total := 1 +
		2 +
		3
	fmt.Println(total)

	s := (&builder{}).
		add("a").
		add("b").
		add("c").
		done()
	fmt.Println(s)

	xs := []int{
		1,
		2,
		3,
	}
	m := map[string]int{
		"one": 1,
		"two": 2}
	fmt.Println(xs, m,
		len(xs),
	)

	var x int; x = 5; x++; fmt.Println(x)
	if x > 3 { fmt.Println("big") } else { fmt.Println("small") }
	for i := 0; i < 2; i++ { fmt.Print(i) }; fmt.Println()

	f := func(a,
		b int) (int,
		int) {
		return b,
			a
	}
	p, q := f(1,
		2)
	fmt.Println(p, q)

	ok := x > 0 &&
		x < 10 ||
		false
	fmt.Println(ok)

	type point struct{ X, Y int }
	pts := []point{{1, 2}, {
		X: 3,
		Y: 4,
	}}
	fmt.Println(pts)

	switch { case x == 6: fmt.Println("six"); fallthrough; default: fmt.Println("fell") }

	label := "done"
	func() { defer fmt.Println(label); return }()

	str := "semi;colons;inside" + `raw
string`
	fmt.Println(str)
	// A comment at the end of a statement does not stop the newline from ending it.
	y := 7 // seven
	y-- /* block comment */
	fmt.Println(y)
}

// Output:
// 6
// abc
// [1 2 3] map[one:1 two:2] 3
// 6
// big
// 01
// 2 1
// true
// [{1 2} {3 4}]
// six
// fell
// done
// semi;colons;insideraw
// string
// 6
