package main

import "fmt"

// Signed integers wrap around silently in two's complement, for every width.
func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	a = -128
	a--
	fmt.Println("int8 -128-1 =", a)
	var b int8 = -128
	fmt.Println("int8 -(-128) =", -b, "abs trick:", b*-1)
	var c int8 = 100
	fmt.Println("int8 100*3 =", c*3, "100+100 =", c+c)

	var s int16 = 32767
	s += 10
	fmt.Println("int16 32767+10 =", s)
	var s2 int16 = 300
	fmt.Println("int16 300*300 =", s2*s2)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32 max+1 =", i32)
	var big int32 = 1 << 30
	fmt.Println("int32 (1<<30)*4 =", big*4, "(1<<30)*3 =", big*3)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 max+1 =", i64)
	var m64 int64 = -9223372036854775808
	fmt.Println("int64 min-1 =", m64-1, "min*-1 =", m64*-1, "min/-1 =", m64/-1)

	var n int = 1<<63 - 1
	n += 1
	fmt.Println("int max+1 =", n)

	// Factorials overflow quickly in small types.
	var f8 int8 = 1
	var f32 int32 = 1
	var f64 int64 = 1
	for k := 1; k <= 25; k++ {
		f8 *= int8(k)
		f32 *= int32(k)
		f64 *= int64(k)
		if k%5 == 0 {
			fmt.Printf("%2d! int8=%d int32=%d int64=%d\n", k, f8, f32, f64)
		}
	}

	// Conversions truncate to the low bits and reinterpret the sign.
	x := 1000
	fmt.Println(int8(x), int16(x*100), int32(x*x*x*x), uint8(x))
	y := -1
	fmt.Println(int8(y), int16(y), uint16(y), uint32(y))
	z := 200
	fmt.Println(int8(z), int8(z+56), int8(z+57))

	// Hash-style mixing relies on wrap-around.
	var h int32 = 17
	for _, ch := range "wrap-around" {
		h = h*31 + int32(ch)
	}
	fmt.Println("hash:", h)
}

// Output:
// int8 127+1 = -128
// int8 -128-1 = 127
// int8 -(-128) = -128 abs trick: -128
// int8 100*3 = 44 100+100 = -56
// int16 32767+10 = -32759
// int16 300*300 = 24464
// int32 max+1 = -2147483648
// int32 (1<<30)*4 = 0 (1<<30)*3 = -1073741824
// int64 max+1 = -9223372036854775808
// int64 min-1 = 9223372036854775807 min*-1 = -9223372036854775808 min/-1 = -9223372036854775808
// int max+1 = -9223372036854775808
//  5! int8=120 int32=120 int64=120
// 10! int8=0 int32=3628800 int64=3628800
// 15! int8=0 int32=2004310016 int64=1307674368000
// 20! int8=0 int32=-2102132736 int64=2432902008176640000
// 25! int8=0 int32=2076180480 int64=7034535277573963776
// -24 -31072 -727379968 232
// -1 -1 65535 4294967295
// -56 0 1
// hash: 448418815
