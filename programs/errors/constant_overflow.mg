package main

import "fmt"

func main() {
	b := byte(300) // ERROR "300.* overflows byte|cannot convert 300 .*to type (byte|uint8)"
	var small int8 = 100 + 100 // ERROR "cannot use 100 \+ 100 \(untyped int constant 200\) as int8 value.*overflows"
	const big = 1 << 40
	var n int32 = big // ERROR "cannot use big .* as int32 value.*overflows"
	var u uint = -1 // ERROR "cannot use -1 .*as uint value.*overflows"
	var huge = 1e400 // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	var tiny int8 = 1e6 // ERROR "cannot use 1e6 \(untyped float constant 1e\+06\) as int8 value in variable declaration \(truncated\)"
	fmt.Println(huge, tiny)
	const k int8 = 127
	fmt.Println(b, small, n, u, k+1) // ERROR "k ?\+ ?1 \(constant 128 of type int8\) overflows int8"
}
