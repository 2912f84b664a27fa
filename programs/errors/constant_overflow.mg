package main

import "fmt"

func main() {
	b := byte(300) // ERROR "cannot convert 300 .*to type byte|overflows byte"
	var small int8 = 100 + 100 // ERROR "overflows int8|cannot use 100 \+ 100"
	const big = 1 << 40
	var n int32 = big // ERROR "overflows int32|cannot use big"
	var u uint = -1 // ERROR "overflows uint|cannot use -1"
	const k int8 = 127
	fmt.Println(b, small, n, u, k+1) // ERROR "overflows int8|constant 128 overflows"
}
