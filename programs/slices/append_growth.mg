package main

import "fmt"

// How len and cap evolve as a slice grows one append at a time.
func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Printf("len=%4d cap=%4d\n", len(s), cap(s))
			prevCap = cap(s)
		}
	}

	// Appending several elements at once may jump further.
	var t []int
	t = append(t, 1, 2, 3, 4, 5)
	fmt.Println(len(t), cap(t))
	t = append(t, 6)
	fmt.Println(len(t), cap(t))
	t = append(t, make([]int, 10)...)
	fmt.Println(len(t), cap(t))

	// Byte and string slices grow too.
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, 'a'+byte(i%26))
	}
	fmt.Println(len(b), cap(b), string(b[:10]))

	words := make([]string, 0, 2)
	for _, w := range []string{"one", "two", "three"} {
		words = append(words, w)
		fmt.Println(words, len(words), cap(words))
	}

	// make with length and capacity.
	m := make([]float64, 3, 5)
	fmt.Println(m, len(m), cap(m))
	m = append(m, 1.5)
	fmt.Println(m, len(m), cap(m))

	// A preallocated slice avoids growth.
	pre := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		pre = append(pre, i*i)
	}
	fmt.Println(len(pre), cap(pre), pre[99])

	// Appending to a nil slice of structs.
	type pt struct{ x, y int }
	var pts []pt
	for i := 0; i < 5; i++ {
		pts = append(pts, pt{i, -i})
	}
	fmt.Println(pts, len(pts), cap(pts))
}

// Output:
// true 0 0
// len=   1 cap=   1
// len=   2 cap=   2
// len=   3 cap=   4
// len=   5 cap=   8
// len=   9 cap=  16
// len=  17 cap=  32
// len=  33 cap=  64
// len=  65 cap= 128
// len= 129 cap= 256
// len= 257 cap= 512
// len= 513 cap= 848
// len= 849 cap=1280
// len=1281 cap=1792
// len=1793 cap=2560
// 5 6
// 6 6
// 16 16
// 40 64 abcdefghij
// [one] 1 2
// [one two] 2 2
// [one two three] 3 4
// [0 0 0] 3 5
// [0 0 0 1.5] 4 5
// 100 100 9801
// [{0 0} {1 -1} {2 -2} {3 -3} {4 -4}] 5 8
