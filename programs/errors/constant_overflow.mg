package main

import "fmt"

func main() {
	b := byte(300) // ERROR "300.* overflows byte|cannot convert 300 .*to type (byte|uint8)"
	var small int8 = 100 + 100 // ERROR "cannot use 100 \+ 100 \(untyped int constant 200\) as int8 value.*overflows"
	const big = 1 << 40
	var n int32 = big // ERROR "cannot use big .* as int32 value.*overflows"
	var u uint = -1 // ERROR "cannot use -1 .*as uint value.*overflows"
	const k int8 = 127
	fmt.Println(b, small, n, u, k+1) // ERROR "k ?\+ ?1 \(constant 128 of type int8\) overflows int8"
}
