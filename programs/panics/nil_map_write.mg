package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(name string, v int) {
	r.items[name] = v
}

// A struct whose map field was never made: reads work, writes panic.
func main() {
	var r Registry
	fmt.Println(r.items["x"], len(r.items))
	for k, v := range r.items {
		fmt.Println(k, v)
	}
	delete(r.items, "x")
	fmt.Println("reads and deletes are fine")
	r.Add("x", 1)
	fmt.Println("unreachable")
}

// Output:
// 0 0
// reads and deletes are fine
// Exit: 2
// Stderr: panic: assignment to entry in nil map
