package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

// try runs f and turns a panic into a description of the recovered value.
func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-12s no panic\n", name)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%-12s error %T: %v\n", name, r, err)
			return
		}
		fmt.Printf("%-12s value %T: %v\n", name, r, r)
	}()
	f()
}

func main() {
	var m map[string]int
	var p *MyErr
	var arr []int
	var i interface{} = "str"
	zero := 0

	try("nothing", func() {})
	try("string", func() { panic("something bad") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("wrapped")) })
	try("custom", func() { panic(MyErr{7}) })
	try("fmt.Errorf", func() { panic(fmt.Errorf("ctx: %w", MyErr{8})) })
	try("index", func() { _ = arr[5] })
	try("nil map", func() { m["a"] = 1 })
	try("nil ptr", func() { fmt.Println(p.Code) })
	try("div zero", func() { fmt.Println(10 / zero) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("slice", func() { s := []int{1, 2, 3}; fmt.Println(s[2:zero]) })

	// recover returns nil when not panicking, or when not called directly by a deferred function.
	fmt.Println(recover())
	try("nested", func() {
		defer func() {
			helper := func() interface{} { return recover() }
			fmt.Println("  helper got:", helper())
		}()
		panic("deep")
	})

	// Execution continues after the deferred function recovers.
	fmt.Println(process([]int{1, 2, 0, 4}))
}

func process(xs []int) (results []int) {
	for _, x := range xs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					results = append(results, -1)
				}
			}()
			results = append(results, 100/x)
		}()
	}
	return results
}

// Output:
// nothing      no panic
// string       value string: something bad
// int          value int: 42
// error        error *errors.errorString: wrapped
// custom       error main.MyErr: my error 7
// fmt.Errorf   error *fmt.wrapError: ctx: my error 8
// index        error runtime.boundsError: runtime error: index out of range [5] with length 0
// nil map      error runtime.plainError: assignment to entry in nil map
// nil ptr      error runtime.errorString: runtime error: invalid memory address or nil pointer dereference
// div zero     error runtime.errorString: runtime error: integer divide by zero
// assert       error *runtime.TypeAssertionError: interface conversion: interface {} is string, not int
// slice        error runtime.boundsError: runtime error: slice bounds out of range [2:0]
// <nil>
//   helper got: <nil>
// nested       value string: deep
// [100 50 -1 25]
