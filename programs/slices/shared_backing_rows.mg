package main

import "fmt"

// Rows carved out of one backing slice share memory: appending to a row whose
// capacity extends into the next row overwrites that row. Full slice expressions
// (three-index) prevent it.
func grid(rows, cols int, limitCap bool) [][]int {
	backing := make([]int, rows*cols)
	for i := range backing {
		backing[i] = i
	}
	g := make([][]int, rows)
	for r := range g {
		lo, hi := r*cols, (r+1)*cols
		if limitCap {
			g[r] = backing[lo:hi:hi]
		} else {
			g[r] = backing[lo:hi]
		}
	}
	return g
}

func main() {
	g := grid(3, 3, false)
	fmt.Println(g, len(g[0]), cap(g[0]), cap(g[1]), cap(g[2]))
	g[0] = append(g[0], 100) // writes into g[1][0]
	fmt.Println(g)
	g[2] = append(g[2], 200) // no room: g[2] moves to a new array
	g[2][0] = -1
	fmt.Println(g)

	safe := grid(3, 3, true)
	fmt.Println(cap(safe[0]), cap(safe[1]))
	safe[0] = append(safe[0], 100)
	fmt.Println(safe)

	// Sub-slices of a row still share with the grid.
	row := safe[1][1:]
	row[0] = 44
	fmt.Println(safe[1], row, len(row), cap(row))

	// A stack implemented on a slice: popping keeps the old values beyond len.
	stack := []string{"a", "b", "c"}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack, len(stack), cap(stack), stack[:cap(stack)])
	stack = append(stack, "d")
	fmt.Println(stack, stack[:cap(stack)])

	// Queue by reslicing from the front: capacity shrinks as the head moves.
	queue := make([]int, 0, 4)
	for i := 1; i <= 4; i++ {
		queue = append(queue, i)
	}
	for len(queue) > 0 {
		head := queue[0]
		queue = queue[1:]
		fmt.Print(head, ":", len(queue), "/", cap(queue), ";")
		if head == 2 {
			queue = append(queue, 5)
		}
	}
	fmt.Println()

	// Filtering into the same backing array overwrites the prefix.
	data := []int{1, 2, 3, 4, 5, 6}
	orig := data
	kept := data[:0]
	for _, v := range data {
		if v%2 == 1 {
			kept = append(kept, v)
		}
	}
	fmt.Println(kept, orig)

	// Appending a slice to itself.
	self := []int{1, 2}
	self = append(self, self...)
	self = append(self[:1], self...)
	fmt.Println(self)
}

// Output:
// [[0 1 2] [3 4 5] [6 7 8]] 3 9 6 3
// [[0 1 2 100] [100 4 5] [6 7 8]]
// [[0 1 2 100] [100 4 5] [-1 7 8 200]]
// 3 3
// [[0 1 2 100] [3 4 5] [6 7 8]]
// [3 44 5] [44 5] 2 2
// c [a b] 2 3 [a b c]
// [a b d] [a b d]
// 1:3/3;2:2/2;3:2/3;4:1/2;5:0/1;
// [1 3 5] [1 3 5 4 5 6]
// [1 1 2 1 2]
