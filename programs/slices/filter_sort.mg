package main

import "fmt"

type Student struct {
	Name  string
	Grade int
}

// Generic-free helpers on slices: filter in place, insertion sort, binary search.
func filterInPlace(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func insertionSort(s []Student) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func less(a, b Student) bool {
	if a.Grade != b.Grade {
		return a.Grade > b.Grade
	}
	return a.Name < b.Name
}

func search(xs []int, target int) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := (lo + hi) / 2
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == target
}

func main() {
	nums := []int{5, 12, 7, 3, 14, 8, 1, 20}
	evens := filterInPlace(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, nums)

	class := []Student{{"Sara", 17}, {"Reza", 19}, {"Ali", 17}, {"Nika", 20}, {"Bob", 12}}
	insertionSort(class)
	for rank, s := range class {
		fmt.Printf("%d. %-5s %2d\n", rank+1, s.Name, s.Grade)
	}

	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{0, 1, 6, 11, 12} {
		i, found := search(sorted, t)
		fmt.Println(t, i, found)
	}

	// Range gives copies of the elements; modify through the index.
	for _, s := range class {
		s.Grade = 0
	}
	fmt.Println(class[0])
	for i := range class {
		class[i].Grade++
	}
	fmt.Println(class)

	// Slices of pointers do alias.
	ptrs := []*Student{&class[0], &class[1]}
	ptrs[0].Name = "Nika!"
	fmt.Println(class[0].Name, *ptrs[1])

	// Deduplicate a sorted slice.
	dup := []int{1, 1, 2, 3, 3, 3, 4, 5, 5}
	j := 0
	for i := 1; i < len(dup); i++ {
		if dup[i] != dup[j] {
			j++
			dup[j] = dup[i]
		}
	}
	fmt.Println(dup[:j+1], len(dup))
}

// Output:
// [12 14 8 20] [12 14 8 20 14 8 1 20]
// 1. Nika  20
// 2. Reza  19
// 3. Ali   17
// 4. Sara  17
// 5. Bob   12
// 0 0 false
// 1 0 true
// 6 3 false
// 11 5 true
// 12 6 false
// {Nika 20}
// [{Nika 21} {Reza 20} {Ali 18} {Sara 18} {Bob 13}]
// Nika! {Reza 20}
// [1 2 3 4 5] 9
