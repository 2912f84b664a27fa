package main

import "fmt"

// The spec orders only calls, receives and && / || inside an expression; when plain
// operands are read is left open. gc reads variables, *p, p.f, a[i], m[k] and the
// arithmetic on them after the calls of the same statement, but copies some operands
// early: values it boxes through their address (bool, byte, pointers, maps, structs that
// are not 8 bytes...), len/cap, slice expressions, string indexing, map keys of slow map
// kinds. Each argument of go/defer, each && operand, each map literal entry and each
// switch case is a statement of its own.

type T struct{ a, b int }

func (t T) get() int { return t.a }

func (t T) show(v int) { fmt.Println("show", t.a, v) }

func (t T) pair(x, y int) { fmt.Println("pair", t.a, x, y) }

type I interface{ show(int) }

type U struct{ a int }

func (u U) show(v int) { fmt.Println("U.show", u.a, v) }

type K struct{ a, b int }

type S2 struct{ a, b int32 }

type S4 struct{ s string }

type P struct{ A, B int }

var gb bool
var gt T

func id(v int) int { return v }

func main() {
	basics()
	boxing()
	assignments()
	statements()
	panics()
	literals()
}

func basics() {
	x := 1
	f := func() int { x++; return x }
	fmt.Println(x, f())
	fmt.Println(x+0, f())
	fmt.Println(float64(x), f())
	fmt.Println(id(x), f())
	r := func() (int, int) { return x, f() }
	fmt.Println(r())
	if x == f() {
		fmt.Println("if: equal")
	}
	switch x + f() {
	default:
		fmt.Println("switch:", x)
	}

	// len, slicing and method calls are evaluated where they stand.
	sl := []int{1}
	gl := func() int { sl = append(sl, 1, 1); return 0 }
	fmt.Println(len(sl), gl(), len(sl)+0)
	ss := []int{1, 2, 3}
	fs := func() int { ss = []int{9}; return 0 }
	fmt.Println(ss[0:1], fs())
	t := T{1, 2}
	ft := func() int { t.a = 5; return 0 }
	fmt.Println(t.get(), ft())

	// Element, pointer and field reads wait for the calls.
	ix := 0
	fix := func() int { ix = 2; return 0 }
	fmt.Println(ss, []int{4, 5, 6}[ix]+fix())
	z := 1
	pz := &z
	fz := func() int { *pz = 10; return 1 }
	fmt.Println(*pz + fz())
	t = T{1, 2}
	fmt.Println(t.a, ft())

	// Receives are ordered like calls; variables around them are read afterwards.
	ch := make(chan int, 1)
	ch <- 3
	y := 1
	fy := func() int { y = 50; return 0 }
	fmt.Println(y, <-ch, fy())

	// The callee and the receiver are read after the arguments' calls.
	fv := func(a int) { fmt.Println("fv1", a) }
	fr := func() int { fv = func(a int) { fmt.Println("fv2", a) }; return 0 }
	fv(fr())
	t = T{1, 2}
	ft2 := func() int { t = T{5, 6}; return 0 }
	t.show(ft2())
	var iv I = T{1, 2}
	fiv := func() int { iv = U{3}; return 0 }
	iv.show(fiv())
	tt := T{1, 2}
	two := func() (int, int) { tt.a = 7; return 1, 2 }
	tt.pair(two())

	// Slice bounds: a variable is read with the slice, an expression before the calls.
	sb := []int{1, 2, 3, 4}
	lo := 0
	flo := func() int { lo = 2; return 4 }
	fmt.Println(sb[lo:flo()])
	lo = 0
	fmt.Println(sb[lo+0 : flo()])

	// Strings concatenate late; string(bytes) reads the bytes late.
	s := "a"
	fst := func() string { s = "b"; return "c" }
	fmt.Println(s+"", fst(), s)
	bs := []byte("ab")
	fbs := func() int { bs[0] = 'z'; return 0 }
	fmt.Println(string(bs), fbs())
	st := "ab"
	fst2 := func() int { st = "zz"; return 0 }
	fmt.Println(st[0], fst2(), int(st[0]))

	// append writes through to the shared array before s[1] is read.
	ap := []int{1, 2, 3}
	fmt.Println(ap[1], append(ap[:1], 9)[0], ap[1])
}

func boxing() {
	// Boxed through their address: copied before the calls when they are locals.
	b := true
	fb := func() int { b = false; return 0 }
	fmt.Println(b, fb())
	gb = true
	fgb := func() int { gb = false; return 0 }
	fmt.Println(gb, fgb())
	t := T{1, 2}
	ft := func() int { t = T{5, 6}; return 0 }
	fmt.Println(t, ft())
	u := U{1}
	fu := func() int { u = U{7}; return 0 }
	fmt.Println(u, fu())
	s2 := S2{1, 1}
	fs2 := func() int { s2 = S2{2, 2}; return 0 }
	fmt.Println(s2, fs2())
	s4 := S4{"a"}
	fs4 := func() int { s4 = S4{"b"}; return 0 }
	fmt.Println(s4, fs4())
	var f32 float32 = 1
	ff := func() int { f32 = 2; return 0 }
	fmt.Println(f32, ff())
	var i16 int16 = 1
	fi16 := func() int { i16 = 2; return 0 }
	fmt.Println(i16, fi16())
	var i8 int8 = 1
	fi8 := func() int { i8 = 2; return 0 }
	fmt.Println(i8, fi8())
	p8 := &i8
	i8 = 1
	fmt.Println(*p8, fi8())
	x, y := 1, 2
	p := &x
	fp := func() int { p = &y; return 0 }
	fmt.Println(*p, p == &x, fp())
	m := map[int]int{1: 1}
	fm := func() int { m = map[int]int{2: 2}; return 0 }
	fmt.Println(m, fm())
	mb := map[int]bool{1: true}
	fmb := func() int { mb[1] = false; return 0 }
	fmt.Println(mb[1], fmb())
	mi := map[int]int{1: 1}
	fmi := func() int { mi[1] = 5; return 0 }
	fmt.Println(mi[1], fmi())
	arr := [2]int{1, 2}
	fa := func() int { arr = [2]int{8, 9}; return 0 }
	fmt.Println(arr, fa())
	arr = [2]int{1, 2}
	fmt.Println(arr[0], fa())
	type SF struct{ f bool }
	sv := SF{true}
	fsv := func() int { sv.f = false; return 0 }
	fmt.Println(sv.f, fsv())
	e := fmt.Errorf("one")
	fe := func() int { e = fmt.Errorf("two"); return 0 }
	fmt.Println(e, fe())
	a1 := [1][]int{{1}}
	fa1 := func() int { a1 = [1][]int{{2}}; return 0 }
	fmt.Println(a1, fa1())

	// Type assertions to non-pointer types are evaluated where they stand.
	var i interface{} = 1
	fi := func() int { i = 2; return 0 }
	fmt.Println(i.(int), fi())
	var q interface{} = &x
	fq := func() int { q = &y; return 0 }
	fmt.Println(*q.(*int), fq())

	// == on structs copies local operands, after the right side's calls.
	t = T{1, 2}
	fc := func() T { t = T{5, 6}; return T{5, 6} }
	fmt.Println(t == fc())
	gt = T{1, 2}
	fg := func() T { gt = T{3, 4}; return T{3, 4} }
	fmt.Println(gt == fg())
}

func assignments() {
	arr := []int{0, 0, 0, 0, 0}
	i := 0
	fi := func() int { i = 2; return 7 }
	arr[i] = fi()
	fmt.Println(arr)

	m := map[int]int{}
	k := 1
	fk := func() int { k = 2; return 9 }
	m[k] = fk()
	fmt.Println(m)

	// Keys of slow map kinds (bool, float, structs, interfaces) are copied first.
	mb := map[bool]int{}
	kb := true
	fb := func() int { kb = false; return 1 }
	mb[kb] = fb()
	fmt.Println(mb)
	mf := map[float64]int{}
	kf := 1.0
	ff := func() int { kf = 2; return 1 }
	mf[kf] = ff()
	fmt.Println(mf)
	ms := map[K]int{{1, 1}: 10, {2, 2}: 20}
	ks := K{1, 1}
	fs := func() int { ks = K{2, 2}; return 1 }
	fmt.Println(ms[ks], fs())
	ks = K{1, 1}
	ms[ks] += fs()
	fmt.Println(ms)
	var ik interface{} = 1
	mi := map[interface{}]int{}
	fik := func() int { ik = 2; return 1 }
	mi[ik] = fik()
	fmt.Println(mi)

	z := 1
	fz := func() int { z = 10; return 1 }
	z += fz()
	fmt.Println(z)
	a := []int{1, 2, 3}
	j := 0
	fj := func() int { j = 2; return 10 }
	a[j] += fj()
	fmt.Println(a)
	j = 0
	fj2 := func() int { j = 2; return 1 }
	a[j+fj2()-1] = 9
	fmt.Println(a)

	u, v := 1, 2
	fu := func() int { u = 30; return 0 }
	u, v = v, u+fu()
	fmt.Println(u, v)
	w := []int{0, 0}
	wi := 0
	fw := func() int { wi = 1; return 7 }
	w[wi], wi = fw(), 5
	fmt.Println(w, wi)
	wi = 0
	tw := func() (int, int) { wi = 1; return 3, 4 }
	w[wi], u = tw()
	fmt.Println(w, u)

	type PN struct{ n int }
	pp := &PN{1}
	fp := func() int { pp = &PN{2}; return 10 }
	old := pp
	pp.n = fp()
	fmt.Println(old.n, pp.n)

	s := []int{1}
	x := 1
	fx := func() int { x++; return x }
	s = append(s, x, fx())
	fmt.Println(s)

	c2 := make(chan int, 1)
	cw := 1
	fcw := func() int { cw = 4; return 0 }
	c2 <- cw + fcw()
	fmt.Println(<-c2)
	ch1 := make(chan int, 1)
	ch2 := make(chan int, 1)
	ch := ch1
	fch := func() int { ch = ch2; return 5 }
	ch <- fch()
	fmt.Println(len(ch1), len(ch2))
}

func statements() {
	x := 1
	f := func() int { x++; return x }
	// Each defer/go argument in turn; inside one, the usual rule.
	func() {
		defer fmt.Println("defer", x, id(x+f()), x)
	}()
	done := make(chan bool)
	g := func(a, b int) { fmt.Println("go", a, b); done <- true }
	go g(x, f())
	<-done
	ch := make(chan int, 1)
	select {
	case ch <- x + f():
		fmt.Println("select", <-ch)
	}
	for _, v := range []int{x, f()} {
		fmt.Println("range", v)
	}
	n := 0
	for i := 0; i < 3 && x > f()-5; i++ {
		n++
	}
	fmt.Println("for", n, x)
	r := func() (a, b int) {
		defer func() { a *= 10 }()
		return x, f()
	}
	fmt.Println(r())
	sv := 1
	fsv := func() int { sv = 2; return 0 }
	switch 2 {
	case sv + fsv():
		fmt.Println("case 2")
	default:
		fmt.Println("default")
	}

	// && and || keep their order; their operands are statements of their own.
	c := 1
	fc := func() bool { c = 2; return true }
	fmt.Println(c == 1 && fc(), c)
	c = 1
	fmt.Println(c, c == 1 && fc())
	z := 1
	fz := func() int { z = 3; return 3 }
	fmt.Println(z == fz() || false, z)

	// Only the argument that needs it is reordered.
	y := 1
	fy := func() int { y = 7; return 0 }
	fmt.Println(id(y+fy()), y)

	var e error = fmt.Errorf("e1")
	fe := func() int { e = fmt.Errorf("e2"); return 0 }
	fmt.Println(e.Error(), fe())
	e = fmt.Errorf("e1")
	em := e.Error
	fmt.Println(em(), fe())
	t := T{1, 2}
	ft := func() int { t = T{7, 8}; return 0 }
	mv := t.get
	fmt.Println(mv(), ft())
}

func panics() {
	// Operands that may panic wait for the calls too.
	try := func(label string, fn func()) {
		defer func() { fmt.Println(label, "recovered:", recover()) }()
		fn()
	}
	called := func(s string) int { fmt.Println("called", s); return 0 }
	try("div", func() {
		d := 0
		fmt.Println(10/d, called("div"))
	})
	try("index", func() {
		ix := []int{1}
		j := 5
		fmt.Println(ix[j], called("index"))
	})
	try("string index", func() {
		st := "ab"
		j := 5
		fmt.Println(st[j], called("string index"))
	})
	try("nil map write", func() {
		var m map[int]int
		m[1] = called("nil map")
	})
}

func literals() {
	x := 1
	g := func() int { x = 9; return 0 }
	fmt.Println([]int{x, g()})
	x = 1
	fmt.Println(P{B: x, A: g()})
	x = 1
	fmt.Println(P{B: g(), A: x})
	n := 0
	f := func(s string) int { n++; fmt.Println(s, n); return n }
	fmt.Println(P{B: f("b"), A: f("a")})
	fmt.Println([3]int{2: f("two"), 0: f("zero")})
	mk := 1
	fmk := func() int { mk = 10; return 2 }
	m := map[int]int{mk: fmk(), mk + 1: 3}
	fmt.Println(m)
}

// Output:
// 2 2
// 3 3
// 4 4
// 4 5
// 6 6
// if: equal
// switch: 8
// 1 0 3
// [1] 0
// 1 0
// [9] 6
// 11
// 5 0
// 50 3 0
// fv2 0
// show 5 0
// U.show 3 0
// pair 7 1 2
// [3 4]
// [1 2 3 4]
// b c b
// zb 0
// 97 0 122
// 9 1 9
// true 0
// false 0
// {1 2} 0
// {7} 0
// {1 1} 0
// {b} 0
// 2 0
// 2 0
// 1 0
// 2 0
// 2 true 0
// map[1:1] 0
// true 0
// 5 0
// [1 2] 0
// 8 0
// false 0
// two 0
// [[2]] 0
// 1 0
// 2 0
// true
// true
// [0 0 7 0 0]
// map[2:9]
// map[true:1]
// map[1:1]
// 10 1
// map[{1 1}:11 {2 2}:20]
// map[1:1]
// 11
// [1 2 13]
// [1 2 9]
// 2 30
// [0 7] 5
// [0 3] 4
// 1 10
// [1 2 2]
// 4
// 0 1
// defer 1 4 2
// go 2 3
// select 8
// range 5
// range 5
// for 3 8
// 90 9
// case 2
// true 2
// 2 true
// true 3
// 7 7
// e1 0
// e1 0
// 1 0
// called div
// div recovered: runtime error: integer divide by zero
// called index
// index recovered: runtime error: index out of range [5] with length 1
// string index recovered: runtime error: index out of range [5] with length 2
// called nil map
// nil map write recovered: assignment to entry in nil map
// [9 0]
// {0 9}
// {9 0}
// b 1
// a 2
// {2 1}
// two 3
// zero 4
// [4 0 3]
// map[10:2 11:3]
