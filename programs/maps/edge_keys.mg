// Map keys at the edges of Go's equality: NaN, signed zeros, interface and struct keys,
// op-assignment order and nil-map and unhashable-key panics.
package main

import (
	"fmt"
	"math"
	"sort"
)

type pt struct {
	x, y int
}

type fk struct {
	f float64
	s string
}

var calls int

func next() int {
	calls++
	return calls
}

func main() {
	// NaN keys: each insertion is a new entry, never found again.
	nan := math.NaN()
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fm[nan]++
	_, ok := fm[nan]
	fmt.Println(len(fm), ok)
	// +0 and -0 are one key; the first key stays.
	negz := math.Copysign(0, -1)
	fm2 := map[float64]string{}
	fm2[negz] = "neg"
	fm2[0] = "pos"
	for k, v := range fm2 {
		fmt.Println(math.Signbit(k), v, len(fm2))
	}
	// Interface keys: the dynamic type matters.
	im := map[any]int{}
	im[1] = 1
	im[int64(1)] = 2
	im["1"] = 3
	im[pt{1, 2}] = 4
	im[nil] = 5
	im[1]++
	im[pt{1, 2}] += 10
	fmt.Println(len(im), im[1], im[int64(1)], im["1"], im[pt{1, 2}], im[nil])
	// Struct keys are copied: changing the variable does not change the key.
	sm := map[pt]int{}
	p := pt{3, 4}
	sm[p]++
	p.x = 9
	sm[p] += 5
	keys := []string{}
	for k, v := range sm {
		keys = append(keys, fmt.Sprint(k, v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	// Struct keys holding NaN never match.
	nm := map[fk]int{}
	nm[fk{nan, "a"}]++
	nm[fk{nan, "a"}]++
	nm[fk{negz, "b"}]++
	nm[fk{0, "b"}]++
	fmt.Println(len(nm), nm[fk{0, "b"}])
	// Op-assign order: the map and key are read before the right-hand side runs.
	om := map[int]int{}
	k := 1
	om[k] += func() int { k = 2; return 10 }()
	om[next()] -= next()
	fmt.Println(om, k)
	// Unsigned and signed wrap-around.
	um := map[string]uint64{}
	um["a"]--
	im64 := map[string]int64{"b": math.MaxInt64}
	im64["b"]++
	fmt.Println(um["a"], im64["b"])
	// Delete and re-add.
	dm := map[string]int{"x": 1}
	delete(dm, "x")
	dm["x"] += 3
	fmt.Println(dm)
	// Unhashable interface key panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		um := map[any]int{}
		um[[]int{1}]++
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nm map[string]int
		fmt.Println(nm["q"])
		nm["q"]++
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nm map[any]int
		nm[[]int{}] += 2
	}()
}

// Output:
// 3 false
// false pos 1
// 5 2 2 3 14 5
// [{3 4} 1 {9 4} 5]
// 3 2
// map[1:-2 2:10] 2
// 18446744073709551615 -9223372036854775808
// map[x:3]
// recovered: runtime error: hash of unhashable type []int
// 0
// recovered: assignment to entry in nil map
// recovered: assignment to entry in nil map
