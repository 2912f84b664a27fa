package main

import "fmt"

type Predicate func(int) bool

func (p Predicate) And(q Predicate) Predicate { return func(x int) bool { return p(x) && q(x) } }
func (p Predicate) Not() Predicate           { return func(x int) bool { return !p(x) } }

func Map(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter(xs []int, p Predicate) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

// Functions as values: passing, returning, storing and adding methods to function types.
func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	even := Predicate(func(x int) bool { return x%2 == 0 })
	big := Predicate(func(x int) bool { return x > 4 })

	fmt.Println(Filter(xs, even))
	fmt.Println(Filter(xs, even.And(big)))
	fmt.Println(Filter(xs, even.Not().And(big.Not())))
	fmt.Println(Map(xs, func(x int) int { return x * x }))
	fmt.Println(Reduce(xs, 0, func(a, x int) int { return a + x }))
	fmt.Println(Reduce(xs, 1, func(a, x int) int { return a * x }))
	fmt.Println(Reduce(Map(Filter(xs, even), func(x int) int { return x * 10 }), 0, func(a, x int) int { return a + x }))

	slowSquare := func(n int) int { return n * n }
	fast, calls := memoize(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("calls:", *calls)

	// A slice of functions.
	transforms := []struct {
		name string
		f    func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"neg", func(x float64) float64 { return -x }},
		{"sq", func(x float64) float64 { return x * x }},
	}
	v := 3.0
	for _, t := range transforms {
		v = t.f(v)
		fmt.Printf("%s -> %g\n", t.name, v)
	}

	// Comparing a func to nil is allowed.
	var maybe func()
	fmt.Println(maybe == nil)
	maybe = func() { fmt.Println("called") }
	if maybe != nil {
		maybe()
	}
}

// Output:
// [2 4 6 8 10]
// [6 8 10]
// [1 3]
// [1 4 9 16 25 36 49 64 81 100]
// 55
// 3628800
// 300
// 9 16 9 9 25 16 calls: 3
// half -> 1.5
// neg -> -1.5
// sq -> 2.25
// true
// called
