package main

// `y := x` where y is captured by a closure (so y lives in a cell of its own) copies
// x: x keeps its value. The loop idiom `kk := k` (before Go 1.22 gave each iteration
// its own variable) must leave the loop counter alone.
import "fmt"

func main() {
	x := 5
	y := x
	f := func() int { return y }
	y++
	fmt.Println(x, y, f())

	var fs []func() int
	for k := 0; k < 3; k++ {
		kk := k
		fs = append(fs, func() int { return kk * 10 })
	}
	for _, g := range fs {
		fmt.Println(g())
	}
	s := "text"
	t := s
	h := func() string { return t + "!" }
	fmt.Println(s, h())
}

// Output:
// 5 6 6
// 0
// 10
// 20
// text text!
