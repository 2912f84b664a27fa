package main

import "fmt"

type Key struct {
	Zone string
	Slot int
}

type Priority int

// fmt prints map entries sorted by key, using the key type's natural order:
// unsigned integers as unsigned, strings bytewise, structs and arrays field by
// field, bool false first.
func main() {
	fmt.Println(map[uint64]string{1 << 63: "big", 1: "small", 1<<64 - 1: "max"})
	fmt.Println(map[uint32]int{4294967295: 1, 0: 2, 2147483648: 3})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3, -1: 4})
	fmt.Println(map[uint8]bool{255: true, 128: false, 1: true})
	fmt.Println(map[string]int{"b": 1, "B": 2, "ب": 3, "a": 4, "": 5, "aa": 6})
	fmt.Println(map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, -2}: "z"})
	fmt.Println(map[interface{}]int{3: 1, -1: 2, 10: 3})
	fmt.Println(map[interface{}]int{"z": 1, "a": 2})
	fmt.Println(map[float64]int{-1.5: 1, 2: 2, 0: 3, -0.25: 4})
	fmt.Println(map[rune]string{'ب': "b", 'a': "a", 'Z': "z"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Priority][]string{3: {"deploy"}, 1: {"lint", "test"}, 2: nil})
	fmt.Printf("%v\n", map[[2]string]int{{"x", "b"}: 1, {"x", "a"}: 2})

	// Building the map in different orders does not change the printed text.
	a, b := map[string]int{}, map[string]int{}
	words := []string{"delta", "alpha", "charlie", "bravo", "echo"}
	for i, w := range words {
		a[w] = i
		b[words[len(words)-1-i]] = len(words) - 1 - i
	}
	sa, sb := fmt.Sprint(a), fmt.Sprint(b)
	fmt.Println(sa == sb, sa)
}

// Output:
// map[1:small 9223372036854775808:big 18446744073709551615:max]
// map[0:2 2147483648:3 4294967295:1]
// map[-128:1 -1:4 0:3 127:2]
// map[1:true 128:false 255:true]
// map[:5 B:2 a:4 aa:6 b:1 ب:3]
// map[{a 1}:3 {a 2}:2 {b 1}:1]
// map[[1 -2]:z [1 2]:y [2 1]:x]
// map[-1:2 3:1 10:3]
// map[a:2 z:1]
// map[-1.5:1 -0.25:4 0:3 2:2]
// map[90:z 97:a 1576:b]
// map[false:0 true:1]
// map[1:[lint test] 2:[] 3:[deploy]]
// map[[x a]:2 [x b]:1]
// true map[alpha:1 bravo:3 charlie:2 delta:0 echo:4]
