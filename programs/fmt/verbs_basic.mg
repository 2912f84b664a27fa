package main

import "fmt"

// The everyday verbs on the everyday types: %v, %d, %s, %t, %c, %q, %x, %X, %o, %b, %U.
func main() {
	n := 42
	neg := -255
	name := "Gopher"
	ok := true
	r := 'ج'

	fmt.Printf("%v %v %v %v %v\n", n, neg, name, ok, r)
	fmt.Printf("%d %d\n", n, neg)
	fmt.Printf("%s|%q\n", name, name)
	fmt.Printf("%t %v\n", ok, !ok)
	fmt.Printf("%c %c %c\n", 'A', r, 0x1F600)
	fmt.Printf("%q %q %q\n", 'x', r, '\n')
	fmt.Printf("%U %#U\n", r, 'A')

	// Bases.
	fmt.Printf("%x %X %o %O %b\n", 255, 255, 8, 8, 5)
	fmt.Printf("%x %X\n", neg, neg)
	fmt.Printf("%#x %#X %#o %#b\n", 255, 255, 8, 5)

	// Strings and byte slices in hex.
	fmt.Printf("%x\n", "hi!")
	fmt.Printf("% x\n", "hi!")
	fmt.Printf("%X\n", []byte("Go"))
	fmt.Printf("%s\n", []byte("bytes as text"))

	// %v on composite values.
	fmt.Printf("%v\n", []int{1, 2, 3})
	fmt.Printf("%v\n", [2]bool{true, false})
	fmt.Printf("%d\n", []int{10, 20})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%x\n", []int{10, 255})

	// The percent sign itself.
	fmt.Printf("100%%\n")
	fmt.Printf("%d%% of %d\n", 50, 10)

	// Sprintf builds strings.
	s := fmt.Sprintf("%s is %d years old", name, 13)
	fmt.Println(s, len(s))
}

// Output:
// 42 -255 Gopher true 1580
// 42 -255
// Gopher|"Gopher"
// true false
// A ج 😀
// 'x' 'ج' '\n'
// U+062C U+0041 'A'
// ff FF 10 0o10 101
// -ff -FF
// 0xff 0XFF 010 0b101
// 686921
// 68 69 21
// 476F
// bytes as text
// [1 2 3]
// [true false]
// [10 20]
// ["a" "b c"]
// [a ff]
// 100%
// 50% of 10
// Gopher is 13 years old 22
