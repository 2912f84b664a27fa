package main

import "fmt"

// Event carries an arbitrary payload in an interface field. Comparing two
// Events compares the payloads' dynamic types and values, field by field in
// order, and panics if it reaches a payload whose type cannot be compared.
type Event struct {
	Kind    string
	Payload interface{}
}

func equal(a, b Event) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a == b, nil
}

func main() {
	cases := [][2]Event{
		{{"click", 1}, {"click", 1}},
		{{"click", 1}, {"click", int64(1)}},
		{{"click", "x"}, {"click", "x"}},
		{{"move", [2]int{1, 2}}, {"move", [2]int{1, 2}}},
		{{"drop", []string{"f"}}, {"drag", []string{"f"}}},
		{{"drop", []string{"f"}}, {"drop", []string{"f"}}},
		{{"key", map[string]bool{}}, {"key", map[string]bool{}}},
		{{"nil", nil}, {"nil", nil}},
		{{"fn", 1}, {"fn", func() {}}},
	}
	for i, c := range cases {
		eq, err := equal(c[0], c[1])
		fmt.Printf("%d: eq=%-5t err=%v\n", i, eq, err)
	}

	// Arrays of interfaces behave the same way.
	check := func(a, b [2]interface{}) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("array compare panicked:", r)
			}
		}()
		fmt.Println("array equal:", a == b)
	}
	check([2]interface{}{1, "a"}, [2]interface{}{1, "a"})
	check([2]interface{}{1, []int{}}, [2]interface{}{2, []int{}})
	check([2]interface{}{1, []int{}}, [2]interface{}{1, []int{}})

	// Using such values as map keys hashes the payload.
	seen := map[Event]int{}
	add := func(e Event) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("map key panicked:", r)
			}
		}()
		seen[e]++
	}
	add(Event{"a", 1})
	add(Event{"a", 1})
	add(Event{"b", [1]string{"ok"}})
	add(Event{"c", []int{1}})
	add(Event{"d", func() {}})
	fmt.Println(len(seen), seen[Event{"a", 1}])
}

// Output:
// 0: eq=true  err=<nil>
// 1: eq=false err=<nil>
// 2: eq=true  err=<nil>
// 3: eq=true  err=<nil>
// 4: eq=false err=<nil>
// 5: eq=false err=runtime error: comparing uncomparable type []string
// 6: eq=false err=runtime error: comparing uncomparable type map[string]bool
// 7: eq=true  err=<nil>
// 8: eq=false err=<nil>
// array equal: true
// array equal: false
// array compare panicked: runtime error: comparing uncomparable type []int
// map key panicked: runtime error: hash of unhashable type []int
// map key panicked: runtime error: hash of unhashable type func()
// 2 2
