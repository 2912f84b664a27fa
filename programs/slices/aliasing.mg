package main

import "fmt"

// Slices are views onto a backing array: sub-slices share elements until
// an append has to grow the array.
func main() {
	arr := [6]int{0, 10, 20, 30, 40, 50}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 11
	fmt.Println(arr)

	t := s[1:]
	t[0] = 22
	fmt.Println(s, t, arr)

	// Append within capacity writes into the shared array.
	s = append(s, 33)
	fmt.Println(s, arr, len(s), cap(s))

	// Reslicing up to the capacity reveals the elements beyond len.
	u := s[:cap(s)]
	fmt.Println(u)

	// Once append exceeds the capacity, the slice gets a new array.
	s = append(s, 44, 55)
	s[0] = -1
	fmt.Println(s, arr)

	// Functions receive a copy of the slice header: element writes are visible,
	// appends are not (unless the caller keeps the result).
	nums := make([]int, 3, 10)
	fill(nums)
	fmt.Println(nums, len(nums))
	grown := appendOne(nums)
	fmt.Println(nums, grown, nums[:4])

	// Two slices from the same make see each other's appends.
	base := make([]int, 0, 4)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b)

	// Copying a slice value copies only the header.
	orig := []string{"x", "y", "z"}
	alias := orig
	alias[1] = "Y"
	clone := append([]string(nil), orig...)
	clone[0] = "X"
	fmt.Println(orig, alias, clone)

	// Arrays, in contrast, are copied.
	arr2 := arr
	arr2[0] = 999
	fmt.Println(arr[0], arr2[0])

	// Slicing a string gives a new string; slicing a slice of a slice keeps sharing.
	matrix := [][]int{{1, 2}, {3, 4}}
	row := matrix[1]
	row[0] = 30
	fmt.Println(matrix)
}

func fill(s []int) {
	for i := range s {
		s[i] = (i + 1) * 100
	}
}

func appendOne(s []int) []int {
	return append(s, 7)
}

// Output:
// [10 20 30] 3 5
// [0 11 20 30 40 50]
// [11 22 30] [22 30] [0 11 22 30 40 50]
// [11 22 30 33] [0 11 22 30 33 50] 4 5
// [11 22 30 33 50]
// [-1 22 30 33 44 55] [0 11 22 30 33 50]
// [100 200 300] 3
// [100 200 300] [100 200 300 7] [100 200 300 7]
// [2] [2]
// [x Y z] [x Y z] [X Y z]
// 0 999
// [[1 2] [30 4]]
