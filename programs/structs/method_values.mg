package main

import "fmt"

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point   { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)    { p.X *= f; p.Y *= f }
func (p Point) String() string      { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }
func (p Point) Dist2(q Point) float64 { dx, dy := p.X-q.X, p.Y-q.Y; return dx*dx + dy*dy }

type Op func(a, b int) int

type Calculator struct{ ops map[string]Op }

func (c Calculator) Apply(name string, a, b int) int { return c.ops[name](a, b) }

// Method values bind a receiver; method expressions take it as the first argument.
func main() {
	p := Point{1, 2}
	add := p.Add // receiver copied now
	p.X = 100
	fmt.Println(add(Point{10, 10}), p)

	scale := p.Scale // bound to &p
	scale(2)
	scale(0.5)
	scale(3)
	fmt.Println(p)

	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 3}))
	scaleExpr := (*Point).Scale
	q := Point{1, 1}
	scaleExpr(&q, 10)
	fmt.Println(q)
	strExpr := Point.String
	fmt.Println(strExpr(q))

	// Method values as callbacks.
	origin := Point{0, 0}
	pts := []Point{{3, 4}, {1, 1}, {0, 5}, {-2, 0}}
	fmt.Println(apply(pts, origin.Dist2))
	fmt.Println(apply(pts, Point{1, 1}.Dist2))

	// Method values of an interface value.
	var s fmt.Stringer = Point{7, 8}
	f := s.String
	s = Point{0, 0}
	fmt.Println(f(), s.String())

	calc := Calculator{ops: map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"pow": func(a, b int) int {
			r := 1
			for i := 0; i < b; i++ {
				r *= a
			}
			return r
		},
	}}
	apply2 := calc.Apply
	for _, name := range []string{"add", "mul", "pow"} {
		fmt.Println(name, apply2(name, 3, 4))
	}
	fmt.Printf("%T\n%T\n%T\n", add, addExpr, scaleExpr)
}

func apply(pts []Point, f func(Point) float64) []float64 {
	out := make([]float64, len(pts))
	for i, p := range pts {
		out[i] = f(p)
	}
	return out
}

// Output:
// (11,12) (100,2)
// (300,6)
// (3,4)
// (10,10)
// (10,10)
// [25 2 25 4]
// [13 0 17 10]
// (7,8) (0,0)
// add 7
// mul 12
// pow 81
// func(main.Point) main.Point
// func(main.Point, main.Point) main.Point
// func(*main.Point, float64)
