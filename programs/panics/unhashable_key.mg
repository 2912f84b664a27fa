package main

import "fmt"

// A cache keyed by interface{} accepts any comparable key; a slice key is
// only detected when it is hashed at run time.
func main() {
	cache := map[interface{}]string{}
	keys := []interface{}{1, "one", [2]int{1, 1}, struct{ A int }{1}, []int{1}}
	for _, k := range keys {
		cache[k] = fmt.Sprint(k)
		fmt.Println("cached", len(cache))
	}
}

// Output:
// cached 1
// cached 2
// cached 3
// cached 4
// Exit: 2
// Stderr: panic: runtime error: hash of unhashable type []int
