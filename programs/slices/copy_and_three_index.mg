package main

import "fmt"

// copy returns the number of elements copied; three-index slices limit capacity
// so that an append cannot overwrite the rest of the array.
func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	// Overlapping copy behaves like memmove.
	s := []int{1, 2, 3, 4, 5, 6}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5, 6}
	copy(s, s[2:])
	fmt.Println(s)

	// copy from a string into bytes.
	buf := make([]byte, 5)
	n = copy(buf, "héllo")
	fmt.Println(n, buf, string(buf[:n]))

	// Insert and delete in the middle.
	xs := []string{"a", "b", "d", "e"}
	xs = append(xs, "")
	copy(xs[3:], xs[2:])
	xs[2] = "c"
	fmt.Println(xs, len(xs))
	i := 1
	xs = append(xs[:i], xs[i+1:]...)
	fmt.Println(xs, len(xs))

	// Three-index slicing.
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	a := arr[2:4]
	b := arr[2:4:4]
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	a = append(a, 100)
	fmt.Println(arr)
	b = append(b, 200)
	fmt.Println(arr, b)
	c := arr[:0:0]
	fmt.Println(len(c), cap(c), c == nil)
	d := arr[5:]
	fmt.Println(d, len(d), cap(d))
	e := d[1:2:3]
	fmt.Println(e, len(e), cap(e))

	// A copy-on-write style helper.
	orig := []int{1, 2, 3}
	changed := with(orig[:2:2], 9)
	fmt.Println(orig, changed)

	// Reverse in place and rotate by copying.
	r := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)
	k := 2
	rot := make([]int, len(r))
	copy(rot, r[k:])
	copy(rot[len(r)-k:], r[:k])
	fmt.Println(rot)
}

func with(s []int, v int) []int {
	return append(s, v)
}

// Output:
// 3 [1 2 3]
// 5 [1 2 3 4 5 0 0 0]
// [1 2 1 2 3 4]
// [3 4 5 6 5 6]
// 5 [104 195 169 108 108] héll
// [a b c d e] 5
// [a c d e] 4
// [2 3] 2 6
// [2 3] 2 2
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 5 6 7] [2 3 200]
// 0 0 false
// [5 6 7] 3 3
// [6] 1 2
// [1 2 3] [1 2 9]
// [5 4 3 2 1]
// [3 2 1 5 4]
