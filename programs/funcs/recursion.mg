package main

import "fmt"

// Recursion: deep linear recursion must not overflow, plus classic examples.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func hanoi(n int, from, to, via string, moves *int, log []string) []string {
	if n == 0 {
		return log
	}
	log = hanoi(n-1, from, via, to, moves, log)
	*moves++
	if *moves <= 5 {
		log = append(log, fmt.Sprintf("move %d from %s to %s", n, from, to))
	}
	return hanoi(n-1, via, to, from, moves, log)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int{}, xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := append(append([]int{}, xs[:i]...), xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var memo = map[int]int{}

func fibMemo(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fibMemo(n-1) + fibMemo(n-2)
	memo[n] = v
	return v
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(sumTo(100000))
	fmt.Println(isEven(10001), isOdd(7777))

	moves := 0
	log := hanoi(10, "A", "C", "B", &moves, nil)
	fmt.Println(moves, len(log))
	for _, l := range log {
		fmt.Println(l)
	}

	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	perms := permutations([]int{1, 2, 3})
	fmt.Println(len(perms), perms)
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5, 6})))
	fmt.Println(fibMemo(90))
}

// Output:
// 100000
// 5000050000
// false true
// 1023 5
// move 1 from A to B
// move 2 from A to C
// move 1 from B to C
// move 3 from A to B
// move 1 from C to A
// 9 61
// 6 [[1 2 3] [1 3 2] [2 1 3] [2 3 1] [3 1 2] [3 2 1]]
// 720
// 2880067194370816120
