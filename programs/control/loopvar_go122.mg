package main

import "fmt"

// Since Go 1.22 (and in minigo) every iteration of a for loop has its own copy
// of the loop variable, so closures and pointers taken in the loop see
// different values. Go 1.19 would print 3 3 3 and 2 2 2 instead.
func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), ";")
	}
	fmt.Println()

	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p, ";")
	}
	fmt.Println()

	// Changing the variable inside the body still affects the next iteration
	// of a three-clause loop: the new copy starts from the old value.
	var seen []int
	var getters []func() int
	for i := 0; i < 10; i++ {
		getters = append(getters, func() int { return i })
		i += 3
		seen = append(seen, i)
	}
	fmt.Println(seen)
	for _, g := range getters {
		fmt.Print(g(), ";")
	}
	fmt.Println()
}

// Output:
// 0;1;2;
// a;b;c;
// [3 7 11]
// 3;7;11;
// NotGo: Go 1.22 loop variable semantics (per-iteration variables); Go 1.19 shares one variable. Expected output taken from Go 1.19 running the same program with explicit per-iteration copies (i := i)
