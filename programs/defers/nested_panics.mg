package main

import (
	"errors"
	"fmt"
)

// A panic raised while another is in flight replaces it: recover returns the newest.
func replaced() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

// A deferred function that recovers stops the panic only for its own frame's callers.
func layered() (out []string) {
	defer func() {
		out = append(out, fmt.Sprint("outer recovered ", recover()))
	}()
	func() {
		defer func() {
			r := recover()
			out = append(out, fmt.Sprint("inner recovered ", r))
			panic(fmt.Sprintf("wrapped(%v)", r))
		}()
		panic("boom")
	}()
	out = append(out, "not reached")
	return out
}

// recover only works once per panic.
func twice() (log []string) {
	defer func() {
		log = append(log, fmt.Sprint("second recover: ", recover()))
	}()
	defer func() {
		log = append(log, fmt.Sprint("first recover: ", recover()))
	}()
	panic(errors.New("only once"))
}

// Panics unwind through several frames, running defers at each level.
func level(n int, log *[]string) {
	defer func() { *log = append(*log, fmt.Sprint("unwind ", n)) }()
	if n == 0 {
		panic("bottom")
	}
	level(n-1, log)
}

// A recovered panic lets the function return normally with its named results.
func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad digit %q", c))
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func main() {
	fmt.Println(replaced())
	for _, l := range layered() {
		fmt.Println(l)
	}
	for _, l := range twice() {
		fmt.Println(l)
	}
	var log []string
	func() {
		defer func() { log = append(log, fmt.Sprint("caught ", recover())) }()
		level(3, &log)
	}()
	fmt.Println(log)
	fmt.Println(parse("1234"))
	fmt.Println(parse("12x4"))
	fmt.Println(parse(""))
}

// Output:
// recovered: second
// inner recovered boom
// outer recovered wrapped(boom)
// first recover: only once
// second recover: <nil>
// [unwind 0 unwind 1 unwind 2 unwind 3 caught bottom]
// 1234 <nil>
// 12 parse "12x4": bad digit 'x'
// 0 <nil>
