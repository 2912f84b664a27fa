package main

import (
	"fmt"
	"math"
)

// An expression tree: every node is an Expr; evaluation and printing are methods,
// simplification is a type switch.
type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn  string
	Arg Expr
}

func (n Num) Eval(map[string]float64) float64     { return float64(n) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("unknown operator " + string(b.Op))
}
func (c Call) Eval(env map[string]float64) float64 {
	switch c.Fn {
	case "sqrt":
		return math.Sqrt(c.Arg.Eval(env))
	case "abs":
		return math.Abs(c.Arg.Eval(env))
	}
	panic("unknown function " + c.Fn)
}

func (n Num) String() string  { return fmt.Sprint(float64(n)) }
func (v Var) String() string  { return string(v) }
func (b Bin) String() string  { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }
func (c Call) String() string { return fmt.Sprintf("%s(%v)", c.Fn, c.Arg) }

func simplify(e Expr) Expr {
	switch x := e.(type) {
	case Bin:
		l, r := simplify(x.L), simplify(x.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		switch {
		case lok && rok:
			return Num(Bin{x.Op, ln, rn}.Eval(nil))
		case x.Op == '*' && ((lok && ln == 0) || (rok && rn == 0)):
			return Num(0)
		case x.Op == '*' && lok && ln == 1:
			return r
		case (x.Op == '*' || x.Op == '/') && rok && rn == 1:
			return l
		case x.Op == '+' && lok && ln == 0:
			return r
		case (x.Op == '+' || x.Op == '-') && rok && rn == 0:
			return l
		}
		return Bin{x.Op, l, r}
	case Call:
		return Call{x.Fn, simplify(x.Arg)}
	default:
		return e
	}
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Expr{
		Bin{'+', Num(1), Bin{'*', Num(2), Var("x")}},
		Call{"sqrt", Bin{'+', Bin{'*', Var("x"), Var("x")}, Bin{'*', Var("y"), Var("y")}}},
		Bin{'*', Bin{'+', Num(0), Var("x")}, Bin{'-', Num(3), Num(2)}},
		Bin{'/', Var("y"), Bin{'*', Num(0), Var("z")}},
		Call{"abs", Bin{'-', Num(1), Bin{'*', Num(2.5), Num(4)}}},
	}
	for _, e := range exprs {
		s := simplify(e)
		fmt.Printf("%v = %v\n   simplified %v = %v\n", e, e.Eval(env), s, s.Eval(env))
	}
	fmt.Println(exprs[0], []Expr{Num(1), Var("q")})
	defer func() { fmt.Println("recovered:", recover()) }()
	Bin{'^', Num(1), Num(2)}.Eval(env)
}

// Output:
// (1 + (2 * x)) = 7
//    simplified (1 + (2 * x)) = 7
// sqrt(((x * x) + (y * y))) = 5
//    simplified sqrt(((x * x) + (y * y))) = 5
// ((0 + x) * (3 - 2)) = 3
//    simplified x = 3
// (y / (0 * z)) = +Inf
//    simplified (y / 0) = +Inf
// abs((1 - (2.5 * 4))) = 9
//    simplified abs(-9) = 9
// (1 + (2 * x)) [1 q]
// recovered: unknown operator ^
