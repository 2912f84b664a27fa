package main

import "fmt"

func main() {
	counts := map[string]int{"a": 1}
	buf := make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	n := make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	p := new(5) // ERROR "5 is not a type"
	fmt.Println(cap(counts)) // ERROR "invalid argument: counts \(variable of type map\[string\]int\) for (built-in )?cap"
	fmt.Println(len(42)) // ERROR "invalid argument: 42 \(untyped int constant\) for (built-in )?len"
	delete(counts) // ERROR "not enough arguments for delete"
	dst := []int{0, 0}
	copy(dst, "abc") // ERROR "arguments to copy dst \(variable of type \[\]int\) and \"abc\" \(untyped string constant\) have different element types"
	copy(dst, []float64{1}) // ERROR "arguments to copy dst .* and .* have different element types"
	fmt.Println(int) // ERROR "int \(type\) is not an expression"
	fmt.Println(buf, n, p)
}
