package main

import "fmt"

const W, H = 10, 8

type Grid [H][W]bool

// Step returns the next generation. The receiver is a copy, so the caller's
// grid is unchanged and the result is a fresh array value.
func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbours(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g *Grid) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			xx, yy := (x+dx+W)%W, (y+dy+H)%H // wrap around the edges
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		for _, alive := range row {
			if alive {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func (g Grid) Population() (n int) {
	for _, row := range g {
		for _, alive := range row {
			if alive {
				n++
			}
		}
	}
	return
}

func main() {
	var g Grid
	// A glider and a blinker.
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}, {7, 5}, {7, 6}, {7, 7}} {
		g[p[1]][p[0]] = true
	}
	start := g
	seen := map[Grid]int{}
	for gen := 0; gen <= 40; gen++ {
		if first, ok := seen[g]; ok {
			fmt.Printf("generation %d repeats generation %d\n", gen, first)
			break
		}
		seen[g] = gen
		if gen%4 == 0 && gen <= 8 {
			fmt.Printf("generation %d, population %d\n%v", gen, g.Population(), g)
		}
		g = g.Step()
	}
	fmt.Println("start unchanged:", start == seen2(start), start.Population())
	fmt.Println("distinct states:", len(seen))
}

func seen2(g Grid) Grid { return g }

// Output:
// generation 0, population 8
// .#........
// ..#.......
// ###.......
// ..........
// ..........
// .......#..
// .......#..
// .......#..
// generation 4, population 8
// ..........
// ..#.......
// ...#......
// .###......
// ..........
// .......#..
// .......#..
// .......#..
// generation 8, population 8
// ..........
// ..........
// ...#......
// ....#.....
// ..###.....
// .......#..
// .......#..
// .......#..
// generation 18 repeats generation 17
// start unchanged: true 8
// distinct states: 18
