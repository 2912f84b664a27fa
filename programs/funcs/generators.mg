package main

import "fmt"

// Generator-style iteration with closures: each call yields the next value
// and reports whether there was one.
func rangeGen(from, to, step int) func() (int, bool) {
	cur := from
	return func() (int, bool) {
		if cur >= to {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func filter(next func() (int, bool), pred func(int) bool) func() (int, bool) {
	return func() (int, bool) {
		for {
			v, ok := next()
			if !ok || pred(v) {
				return v, ok
			}
		}
	}
}

func mapGen(next func() (int, bool), f func(int) int) func() (int, bool) {
	return func() (int, bool) {
		v, ok := next()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func take(next func() (int, bool), n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		v, ok := next()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func primes() func() int {
	var found []int
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func collatz(n int) func() (int, bool) {
	done := false
	return func() (int, bool) {
		if done {
			return 0, false
		}
		v := n
		if n == 1 {
			done = true
		} else if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		return v, true
	}
}

func main() {
	fmt.Println(take(rangeGen(0, 10, 3), 100))
	evens := filter(rangeGen(0, 100, 1), func(x int) bool { return x%2 == 0 })
	squares := mapGen(evens, func(x int) int { return x * x })
	fmt.Println(take(squares, 6))
	fmt.Println(take(squares, 3))

	p := primes()
	var ps []int
	for i := 0; i < 15; i++ {
		ps = append(ps, p())
	}
	fmt.Println(ps)

	fmt.Println(take(collatz(27), 200)[:10], len(take(collatz(27), 200)))
	fmt.Println(take(collatz(6), 100))
}

// Output:
// [0 3 6 9]
// [0 4 16 36 64 100]
// [144 196 256]
// [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47]
// [27 82 41 124 62 31 94 47 142 71] 112
// [6 3 10 5 16 8 4 2 1]
