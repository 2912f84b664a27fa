package main

import "fmt"

// fmt prints maps with their keys sorted, whatever the insertion order.
func main() {
	ages := map[string]int{}
	for i, name := range []string{"zahra", "ali", "mina", "bob", "Carl", "ali"} {
		ages[name] = 20 + i
	}
	fmt.Println(ages)
	fmt.Printf("%v\n", ages)
	fmt.Printf("%+v\n", ages)
	fmt.Printf("%#v\n", ages)
	fmt.Println(len(ages))

	squares := make(map[int]int)
	for _, n := range []int{9, -3, 4, 0, 12, -10} {
		squares[n] = n * n
	}
	fmt.Println(squares)

	flags := map[bool]string{true: "yes", false: "no"}
	fmt.Println(flags)

	weights := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println(weights)

	runes := map[rune]int{'b': 2, 'a': 1, 'ب': 3}
	fmt.Println(runes)

	nested := map[string][]int{"odd": {1, 3, 5}, "even": {2, 4}, "none": nil}
	fmt.Println(nested)

	grid := map[string]map[string]int{
		"x": {"b": 2, "a": 1},
		"w": {},
	}
	fmt.Println(grid)

	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), nilMap == nil, nilMap["missing"])

	empty := map[string]bool{}
	fmt.Println(empty, empty == nil)

	type key struct {
		Row, Col int
	}
	cells := map[key]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"}
	fmt.Println(cells)

	arrKeys := map[[2]int]bool{{3, 1}: true, {1, 3}: false}
	fmt.Println(arrKeys)

	s := fmt.Sprint(map[string]int{"k": 1})
	fmt.Println(s, len(s))
}

// Output:
// map[Carl:24 ali:25 bob:23 mina:22 zahra:20]
// map[Carl:24 ali:25 bob:23 mina:22 zahra:20]
// map[Carl:24 ali:25 bob:23 mina:22 zahra:20]
// map[string]int{"Carl":24, "ali":25, "bob":23, "mina":22, "zahra":20}
// 5
// map[-10:100 -3:9 0:0 4:16 9:81 12:144]
// map[false:no true:yes]
// map[-1:a 2.5:b 10:c]
// map[97:1 98:2 1576:3]
// map[even:[2 4] none:[] odd:[1 3 5]]
// map[w:map[] x:map[a:1 b:2]]
// map[] 0 true 0
// map[] false
// map[{1 2}:a {1 9}:b {2 1}:c]
// map[[1 3]:false [3 1]:true]
// map[k:1] 8
