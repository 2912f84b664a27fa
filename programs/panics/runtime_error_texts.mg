package main

import "fmt"

type Shape interface{ Area() float64 }
type Sized interface{ Size() int }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

// catch runs f and prints the text of the runtime error it raises.
func catch(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if err, ok := r.(error); ok {
				fmt.Printf("%-16s %s\n", label, err.Error())
			} else {
				fmt.Printf("%-16s %v\n", label, r)
			}
		}
	}()
	f()
	fmt.Printf("%-16s no panic\n", label)
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	str := "hello"
	arr := [4]int{}
	i, j, k := -1, 7, 2
	var nilSlice []int
	var nilFn func() int
	var nilArr *[3]int
	var empty interface{}
	var sh Shape = Square{2}
	var any interface{} = s

	catch("negative index", func() { _ = s[i] })
	catch("index", func() { _ = s[j] })
	catch("array index", func() { arr[j%5+2] = 1 })
	catch("string index", func() { _ = str[j] })
	catch("nil slice", func() { _ = nilSlice[0] })
	catch("slice high", func() { _ = s[:j] })
	catch("slice low>high", func() { _ = s[3:k] })
	catch("slice low>len", func() { _ = s[j:] })
	catch("string slice", func() { _ = str[k:j] })
	catch("3-index max", func() { _ = s[1:2:j] })
	catch("3-index high", func() { _ = s[0:4:k] })
	catch("nil func", func() { nilFn() })
	catch("nil array ptr", func() { _ = nilArr[1] })
	catch("assert nil", func() { _ = empty.(int) })
	catch("assert type", func() { _ = sh.(*Square) })
	catch("assert iface", func() { _ = sh.(Sized) })
	catch("assert ok", func() { _, _ = sh.(Sized) })
	catch("uncomparable", func() { fmt.Println(any == any) })
	catch("unhashable", func() {
		m := map[interface{}]int{}
		m[any] = 1
	})
	catch("negative shift", func() { _ = 1 << i })
	catch("make len", func() { _ = make([]int, i) })
	catch("make cap", func() { _ = make([]int, k, 1) })
	catch("custom", func() { panic(fmt.Sprint("custom ", k)) })
}

// Output:
// negative index   runtime error: index out of range [-1]
// index            runtime error: index out of range [7] with length 5
// array index      runtime error: index out of range [4] with length 4
// string index     runtime error: index out of range [7] with length 5
// nil slice        runtime error: index out of range [0] with length 0
// slice high       runtime error: slice bounds out of range [:7] with capacity 5
// slice low>high   runtime error: slice bounds out of range [3:2]
// slice low>len    runtime error: slice bounds out of range [7:5]
// string slice     runtime error: slice bounds out of range [:7] with length 5
// 3-index max      runtime error: slice bounds out of range [::7] with capacity 5
// 3-index high     runtime error: slice bounds out of range [:4:2]
// nil func         runtime error: invalid memory address or nil pointer dereference
// nil array ptr    runtime error: invalid memory address or nil pointer dereference
// assert nil       interface conversion: interface {} is nil, not int
// assert type      interface conversion: main.Shape is main.Square, not *main.Square
// assert iface     interface conversion: main.Square is not main.Sized: missing method Size
// assert ok        no panic
// uncomparable     runtime error: comparing uncomparable type []int
// unhashable       runtime error: hash of unhashable type []int
// negative shift   runtime error: negative shift amount
// make len         runtime error: makeslice: len out of range
// make cap         runtime error: makeslice: cap out of range
// custom           custom 2
