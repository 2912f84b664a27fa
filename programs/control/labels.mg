package main

import "fmt"

// Labelled break and continue leave or restart an outer loop.
func findPair(nums []int, target int) (int, int, bool) {
	i, j := -1, -1
	found := false
outer:
	for a := 0; a < len(nums); a++ {
		for b := a + 1; b < len(nums); b++ {
			if nums[a]+nums[b] == target {
				i, j, found = a, b, true
				break outer
			}
		}
	}
	return i, j, found
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))

	// continue with a label skips the rest of the inner and outer body.
	grid := [][]int{
		{1, 2, 3},
		{4, -1, 6},
		{7, 8, 9},
		{-1, 0, 0},
	}
	sum := 0
rows:
	for r, row := range grid {
		for _, v := range row {
			if v < 0 {
				fmt.Println("skipping rest of row", r)
				continue rows
			}
			sum += v
		}
		fmt.Println("row", r, "complete")
	}
	fmt.Println("sum", sum)

	// break out of a switch inside a loop needs a label.
	commands := []string{"go", "go", "stop", "go"}
	steps := 0
loop:
	for _, c := range commands {
		switch c {
		case "go":
			steps++
		case "stop":
			break loop
		}
	}
	fmt.Println("steps", steps)

	// An unlabelled break inside switch only leaves the switch.
	count := 0
	for i := 0; i < 5; i++ {
		switch {
		case i%2 == 0:
			break
		default:
			count += 10
		}
		count++
	}
	fmt.Println("count", count)

	// Primes by trial division with a labelled continue.
	var primes []int
next:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	// Labelled break out of a for-select-free infinite loop.
	n := 27
	iterations := 0
collatz:
	for {
		switch {
		case n == 1:
			break collatz
		case n%2 == 0:
			n /= 2
		default:
			n = 3*n + 1
		}
		iterations++
	}
	fmt.Println("collatz steps", iterations)
}

// Output:
// 3 4 true
// -1 -1 false
// row 0 complete
// skipping rest of row 1
// row 2 complete
// skipping rest of row 3
// sum 34
// steps 2
// count 25
// [2 3 5 7 11 13 17 19 23 29]
// collatz steps 111
