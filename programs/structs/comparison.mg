package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
}

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

type Key struct {
	Kind string
	Pos  [2]int
}

// Structs and arrays are comparable with == when all their fields are;
// pointers compare by identity; interfaces compare type and value.
func main() {
	a := Version{1, 2, 3}
	b := Version{1, 2, 3}
	c := Version{1, 10, 0}
	fmt.Println(a == b, a != c, a.Less(c), c.Less(a))

	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb, pa == &a)

	k1 := Key{"wall", [2]int{1, 2}}
	k2 := Key{"wall", [2]int{1, 2}}
	fmt.Println(k1 == k2)
	k2.Pos[1] = 3
	fmt.Println(k1 == k2)

	// Interfaces holding comparable values.
	var x, y interface{} = 3, 3
	fmt.Println(x == y)
	y = int64(3)
	fmt.Println(x == y)
	y = "3"
	fmt.Println(x == y)
	x, y = Version{1, 0, 0}, Version{1, 0, 0}
	fmt.Println(x == y)
	x, y = nil, nil
	fmt.Println(x == y)
	var ptr *Version
	x = ptr
	fmt.Println(x == nil, x == (*Version)(nil), ptr == nil)

	// Anonymous struct values compare field by field.
	p1 := struct {
		X, Y int
	}{1, 2}
	p2 := struct {
		X, Y int
	}{1, 2}
	fmt.Println(p1 == p2)

	// Using a struct as a map key deduplicates equal values.
	set := map[Version]bool{}
	for _, v := range []Version{{1, 0, 0}, {1, 0, 0}, {2, 0, 0}, {1, 0, 1}} {
		set[v] = true
	}
	fmt.Println(len(set), set[Version{2, 0, 0}])

	// Floating-point fields: NaN is not equal to itself.
	type F struct{ V float64 }
	zero := 0.0
	nan := F{zero / zero}
	fmt.Println(nan == nan, F{1} == F{1})

	// Arrays of strings compare lexicographically? No: only == and != exist.
	fmt.Println([2]string{"a", "b"} == [2]string{"a", "b"}, [2]bool{} == [2]bool{false, false})
}

// Output:
// true true true false
// false true true
// true
// false
// true
// false
// false
// true
// true
// false true true
// true
// 3 true
// false true
// true true
