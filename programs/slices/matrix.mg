package main

import "fmt"

// Slices of slices: a jagged triangle and a rectangular matrix.
type Matrix [][]float64

func NewMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	r := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m Matrix) Transpose() Matrix {
	t := NewMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func pascal(n int) [][]int {
	tri := make([][]int, n)
	for i := 0; i < n; i++ {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	return tri
}

func main() {
	for _, row := range pascal(7) {
		fmt.Println(row)
	}

	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.Transpose())
	fmt.Println(len(a), len(a[0]), len(a.Transpose()))

	// A 2D grid flood fill using fixed-size arrays.
	grid := [5][7]byte{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	for j := 0; j < 7; j++ {
		grid[2][j] = '#'
	}
	grid[2][3] = '.'
	var fill func(r, c int)
	fill = func(r, c int) {
		if r < 0 || r >= 5 || c < 0 || c >= 7 || grid[r][c] != '.' {
			return
		}
		grid[r][c] = 'o'
		fill(r+1, c)
		fill(r-1, c)
		fill(r, c+1)
		fill(r, c-1)
	}
	fill(0, 0)
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}

	// Appending rows shares nothing with the source rows when copied.
	rows := [][]int{{1}, {2}}
	cp := make([][]int, len(rows))
	copy(cp, rows)
	cp[0][0] = 100
	cp[1] = []int{200}
	fmt.Println(rows, cp)
}

// Output:
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
// [1 4 6 4 1]
// [1 5 10 10 5 1]
// [1 6 15 20 15 6 1]
// [[58 64] [139 154]]
// [[1 4] [2 5] [3 6]]
// 2 3 3
// ooooooo
// ooooooo
// ###o###
// ooooooo
// ooooooo
// [[100] [2]] [[100] [200]]
