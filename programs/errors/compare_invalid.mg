package main

import "fmt"

type Batch struct {
	IDs []int
}

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	fmt.Println(a == b) // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m1 := map[string]int{}
	fmt.Println(m1 == nil)
	x, y := Batch{a}, Batch{b}
	fmt.Println(x == y) // ERROR "invalid operation: x == y \(struct containing \[\]int cannot be compared\)"
	f := func() {}
	fmt.Println(f == f) // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	seen := map[[]int]bool{} // ERROR "invalid map key type \[\]int"
	fmt.Println(seen)
}
