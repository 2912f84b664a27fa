package main

import "fmt"

var level = "package"

func shadow() {
	fmt.Println(level)
	level := "function"
	fmt.Println(level)
	{
		level := "block"
		fmt.Println(level)
	}
	if level := "if"; len(level) > 0 {
		fmt.Println(level)
	}
	fmt.Println(level)
}

// FizzBuzz, if/else chains with init statements, and variable scope.
func main() {
	for i := 1; i <= 15; i++ {
		if i%15 == 0 {
			fmt.Print("FizzBuzz")
		} else if i%3 == 0 {
			fmt.Print("Fizz")
		} else if i%5 == 0 {
			fmt.Print("Buzz")
		} else {
			fmt.Print(i)
		}
		if i < 15 {
			fmt.Print(",")
		}
	}
	fmt.Println()

	shadow()
	fmt.Println(level)

	// if with init; the variable lives through else branches.
	m := map[string]int{"a": 1}
	if v, ok := m["b"]; ok {
		fmt.Println("found", v)
	} else if v2, ok := m["a"]; ok {
		fmt.Println("fallback", v, v2)
	} else {
		fmt.Println("none", v)
	}

	// := with at least one new variable reuses the others.
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)

	// Swaps and multiple assignment evaluate the right side first.
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	arr := []int{10, 20, 30}
	i := 0
	i, arr[i] = 2, 99
	fmt.Println(i, arr)

	// Increments and compound assignment.
	k := 5
	k++
	k *= 3
	k -= 4
	k /= 2
	k %= 5
	k <<= 3
	k |= 1
	k ^= 0xF
	fmt.Println(k)
}

// Output:
// 1,2,Fizz,4,Buzz,Fizz,7,8,Fizz,Buzz,11,Fizz,13,14,FizzBuzz
// package
// function
// block
// if
// function
// package
// fallback 0 1
// 1 3 4
// 2 1
// 2 [99 20 30]
// 30
