package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red   Color = 'R'
	Green Color = 'G'
)

func (c Color) String() string {
	if c == Red {
		return "red"
	}
	return "green"
}

type pair struct {
	A int
	B string
}

// Every verb applied to every kind of value: the mismatches show Go's
// %!verb(type=value) notation, which must match exactly.
func main() {
	values := []interface{}{
		72, -72, uint(73), 3.25, float32(-0.5), true, "text", 'r', byte('b'),
		[]int{97, 98}, [2]bool{true}, map[string]int{"k": 75}, pair{65, "x"}, &pair{66, "y"},
		Green, errors.New("oops"), nil, []string{"a"}, []byte("hi"), struct{}{},
	}
	verbs := []string{"v", "d", "s", "q", "x", "X", "c", "t", "f", "e", "g", "b", "o", "U"}
	for _, verb := range verbs {
		fmt.Printf("%%%s:", verb)
		for _, v := range values {
			fmt.Printf(" %"+verb, v)
		}
		fmt.Println()
	}
	fmt.Printf("%d %s\n", []interface{}{1, "a", 2.5}, []interface{}{1, "a", nil})
	fmt.Printf("%.1s|%5.1d|%-6t|%06s\n", 3.0, "x", 1, true)
}

// Output:
// %v: 72 -72 73 3.25 -0.5 true text 114 98 [97 98] [true false] map[k:75] {65 x} &{66 y} green oops <nil> [a] [104 105] {}
// %d: 72 -72 73 %!d(float64=3.25) %!d(float32=-0.5) %!d(bool=true) %!d(string=text) 114 98 [97 98] [%!d(bool=true) %!d(bool=false)] map[%!d(string=k):75] {65 %!d(string=x)} &{66 %!d(string=y)} 71 &{%!d(string=oops)} %!d(<nil>) [%!d(string=a)] [104 105] {}
// %s: %!s(int=72) %!s(int=-72) %!s(uint=73) %!s(float64=3.25) %!s(float32=-0.5) %!s(bool=true) text %!s(int32=114) %!s(uint8=98) [%!s(int=97) %!s(int=98)] [%!s(bool=true) %!s(bool=false)] map[k:%!s(int=75)] {%!s(int=65) x} &{%!s(int=66) y} green oops %!s(<nil>) [a] hi {}
// %q: 'H' '�' 'I' %!q(float64=3.25) %!q(float32=-0.5) %!q(bool=true) "text" 'r' 'b' ['a' 'b'] [%!q(bool=true) %!q(bool=false)] map["k":'K'] {'A' "x"} &{'B' "y"} "green" "oops" %!q(<nil>) ["a"] "hi" {}
// %x: 48 -48 49 0x1.ap+01 -0x1p-01 %!x(bool=true) 74657874 72 62 [61 62] [%!x(bool=true) %!x(bool=false)] map[6b:4b] {41 78} &{42 79} 677265656e 6f6f7073 %!x(<nil>) [61] 6869 {}
// %X: 48 -48 49 0X1.AP+01 -0X1P-01 %!X(bool=true) 74657874 72 62 [61 62] [%!X(bool=true) %!X(bool=false)] map[6B:4B] {41 78} &{42 79} 677265656E 6F6F7073 %!X(<nil>) [61] 6869 {}
// %c: H � I %!c(float64=3.25) %!c(float32=-0.5) %!c(bool=true) %!c(string=text) r b [a b] [%!c(bool=true) %!c(bool=false)] map[%!c(string=k):K] {A %!c(string=x)} &{B %!c(string=y)} G &{%!c(string=oops)} %!c(<nil>) [%!c(string=a)] [h i] {}
// %t: %!t(int=72) %!t(int=-72) %!t(uint=73) %!t(float64=3.25) %!t(float32=-0.5) true %!t(string=text) %!t(int32=114) %!t(uint8=98) [%!t(int=97) %!t(int=98)] [true false] map[%!t(string=k):%!t(int=75)] {%!t(int=65) %!t(string=x)} &{%!t(int=66) %!t(string=y)} %!t(main.Color=71) &{%!t(string=oops)} %!t(<nil>) [%!t(string=a)] [%!t(uint8=104) %!t(uint8=105)] {}
// %f: %!f(int=72) %!f(int=-72) %!f(uint=73) 3.250000 -0.500000 %!f(bool=true) %!f(string=text) %!f(int32=114) %!f(uint8=98) [%!f(int=97) %!f(int=98)] [%!f(bool=true) %!f(bool=false)] map[%!f(string=k):%!f(int=75)] {%!f(int=65) %!f(string=x)} &{%!f(int=66) %!f(string=y)} %!f(main.Color=71) &{%!f(string=oops)} %!f(<nil>) [%!f(string=a)] [%!f(uint8=104) %!f(uint8=105)] {}
// %e: %!e(int=72) %!e(int=-72) %!e(uint=73) 3.250000e+00 -5.000000e-01 %!e(bool=true) %!e(string=text) %!e(int32=114) %!e(uint8=98) [%!e(int=97) %!e(int=98)] [%!e(bool=true) %!e(bool=false)] map[%!e(string=k):%!e(int=75)] {%!e(int=65) %!e(string=x)} &{%!e(int=66) %!e(string=y)} %!e(main.Color=71) &{%!e(string=oops)} %!e(<nil>) [%!e(string=a)] [%!e(uint8=104) %!e(uint8=105)] {}
// %g: %!g(int=72) %!g(int=-72) %!g(uint=73) 3.25 -0.5 %!g(bool=true) %!g(string=text) %!g(int32=114) %!g(uint8=98) [%!g(int=97) %!g(int=98)] [%!g(bool=true) %!g(bool=false)] map[%!g(string=k):%!g(int=75)] {%!g(int=65) %!g(string=x)} &{%!g(int=66) %!g(string=y)} %!g(main.Color=71) &{%!g(string=oops)} %!g(<nil>) [%!g(string=a)] [%!g(uint8=104) %!g(uint8=105)] {}
// %b: 1001000 -1001000 1001001 7318349394477056p-51 -8388608p-24 %!b(bool=true) %!b(string=text) 1110010 1100010 [1100001 1100010] [%!b(bool=true) %!b(bool=false)] map[%!b(string=k):1001011] {1000001 %!b(string=x)} &{1000010 %!b(string=y)} 1000111 &{%!b(string=oops)} %!b(<nil>) [%!b(string=a)] [1101000 1101001] {}
// %o: 110 -110 111 %!o(float64=3.25) %!o(float32=-0.5) %!o(bool=true) %!o(string=text) 162 142 [141 142] [%!o(bool=true) %!o(bool=false)] map[%!o(string=k):113] {101 %!o(string=x)} &{102 %!o(string=y)} 107 &{%!o(string=oops)} %!o(<nil>) [%!o(string=a)] [150 151] {}
// %U: U+0048 U+FFFFFFFFFFFFFFB8 U+0049 %!U(float64=3.25) %!U(float32=-0.5) %!U(bool=true) %!U(string=text) U+0072 U+0062 [U+0061 U+0062] [%!U(bool=true) %!U(bool=false)] map[%!U(string=k):U+004B] {U+0041 %!U(string=x)} &{U+0042 %!U(string=y)} U+0047 &{%!U(string=oops)} %!U(<nil>) [%!U(string=a)] [U+0068 U+0069] {}
// [1 %!d(string=a) %!d(float64=2.5)] [%!s(int=1) a <nil>]
// %!s(float64=3)|%!d(string=    x)|%!t(int=1     )|%!s(bool=00true)
