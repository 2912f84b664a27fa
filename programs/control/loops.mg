package main

import "fmt"

// All the shapes of for: three-clause, condition-only, infinite with break,
// and range over slices, arrays, strings and maps.
func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, ";")
	}
	fmt.Println()

	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)

	tries := 0
	for {
		tries++
		if tries*tries > 50 {
			break
		}
	}
	fmt.Println(tries)

	// Multiple variables in the clauses.
	for i, j := 0, 10; i < j; i, j = i+2, j-2 {
		fmt.Print(i, "-", j, ";")
	}
	fmt.Println()

	// Range forms.
	for i := range []string{"a", "b", "c"} {
		fmt.Print(i)
	}
	fmt.Println()
	for _, v := range [3]float64{1.5, 2.5, 3.5} {
		fmt.Print(v, ";")
	}
	fmt.Println()
	for i, r := range "aب" {
		fmt.Print(i, ":", string(r), ";")
	}
	fmt.Println()
	total := 0
	for _, v := range map[string]int{"x": 1, "y": 2, "z": 3} {
		total += v
	}
	fmt.Println(total)

	// The range expression is evaluated once: appending inside does not extend the loop.
	xs := []int{1, 2, 3}
	for _, x := range xs {
		xs = append(xs, x*10)
	}
	fmt.Println(xs)

	// Range over a nil slice or map does nothing.
	var nilSlice []int
	var nilMap map[int]int
	for range nilSlice {
		fmt.Println("never")
	}
	for range nilMap {
		fmt.Println("never")
	}

	// Modifying the loop variable in a three-clause loop affects iteration.
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		fmt.Print(i, ";")
	}
	fmt.Println()

	// continue in a for with post statement still runs the post statement.
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println(odd)
}

// Output:
// 0;1;2;
// 243
// 8
// 0-10;2-8;4-6;
// 012
// 1.5;2.5;3.5;
// 0:a;1:ب;
// 6
// [1 2 3 10 20 30]
// 1;2;4;5;7;8;10;
// 25
