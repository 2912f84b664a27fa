package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

func flush(label string) {
	fmt.Println(label, trace)
	trace = trace[:0]
}

func pair() (int, int) { return note("pair", 1), 2 }

type T struct{ v int }

func (t *T) Bump() *T {
	trace = append(trace, fmt.Sprint("bump", t.v))
	t.v++
	return t
}

// Operands, call arguments and composite literal elements are evaluated left to right;
// && and || short-circuit; assignment evaluates the right side before storing.
func main() {
	_ = note("a", 1) + note("b", 2)*note("c", 3)
	flush("binary:")

	fmt.Sprint(note("x", 1), note("y", 2), note("z", 3))
	flush("args:")

	_ = []int{note("s0", 0), note("s1", 1)}
	_ = map[int]int{note("k", 1): note("v", 2)}
	flush("literals:")

	ok := note("l", 0) == 1 && note("r", 1) == 1
	ok = ok || note("or-left", 1) == 1 || note("or-right", 1) == 1
	flush(fmt.Sprint("short-circuit ", ok, ":"))

	xs := []int{0, 0, 0}
	xs[note("index", 1)] = note("value", 5)
	flush(fmt.Sprint("assign ", xs, ":"))

	a, b := pair()
	fmt.Println(a, b)
	flush("tuple:")

	t := &T{}
	t.Bump().Bump().Bump()
	flush(fmt.Sprint("chain ", t.v, ":"))

	// i++ is a statement; the swap uses the old values of both sides.
	i, j := 1, 2
	i, j = j, i
	i++
	fmt.Println(i, j)

	// Compound assignment evaluates the index once.
	counts := []int{10, 20}
	counts[note("once", 1)] += 5
	flush(fmt.Sprint("compound ", counts, ":"))

	// Deferred call arguments are evaluated at the defer statement.
	func() {
		defer fmt.Println("deferred value", note("deferred-arg", 7))
		note("body", 0)
		flush("defer:")
	}()

	// Function value evaluated before the arguments.
	pick := func(s string) func(int) int {
		trace = append(trace, "pick-"+s)
		return func(n int) int { return n * 2 }
	}
	r := pick("f")(note("arg", 21))
	flush(fmt.Sprint("callee ", r, ":"))
}

// Output:
// binary: [a b c]
// args: [x y z]
// literals: [s0 s1 k v]
// short-circuit true: [l or-left]
// assign [0 5 0]: [index value]
// 1 2
// tuple: [pair]
// chain 3: [bump0 bump1 bump2]
// 3 1
// compound [10 25]: [once]
// defer: [deferred-arg body]
// deferred value 7
// callee 42: [pick-f arg]
