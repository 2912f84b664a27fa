package main

import (
	"fmt"
	"math"
)

// The limits of every integer type, and what happens one step past them.
func main() {
	fmt.Println("int8  ", math.MinInt8, math.MaxInt8)
	fmt.Println("int16 ", math.MinInt16, math.MaxInt16)
	fmt.Println("int32 ", math.MinInt32, math.MaxInt32)
	fmt.Println("int64 ", math.MinInt64, math.MaxInt64)
	fmt.Println("uint8 ", 0, math.MaxUint8)
	fmt.Println("uint16", 0, math.MaxUint16)
	fmt.Println("uint32", 0, uint32(math.MaxUint32))
	fmt.Println("uint64", 0, uint64(math.MaxUint64))
	fmt.Println("int   ", math.MinInt, math.MaxInt)

	i8 := int8(math.MaxInt8)
	i16 := int16(math.MaxInt16)
	i32 := int32(math.MaxInt32)
	i64 := int64(math.MaxInt64)
	u8 := uint8(math.MaxUint8)
	u16 := uint16(math.MaxUint16)
	u32 := uint32(math.MaxUint32)
	u64 := uint64(math.MaxUint64)
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	fmt.Println("max+1:", i8, i16, i32, i64, u8, u16, u32, u64)
	i8--
	i16--
	i32--
	i64--
	u8--
	u16--
	u32--
	u64--
	fmt.Println("back: ", i8, i16, i32, i64, u8, u16, u32, u64)

	// Absolute value of the minimum is itself.
	m := int32(math.MinInt32)
	if m < 0 {
		m = -m
	}
	fmt.Println("abs(MinInt32) =", m)

	// Overflow detection before it happens.
	mulOK := func(a, b int64) (int64, bool) {
		if a == 0 || b == 0 {
			return 0, true
		}
		c := a * b
		return c, c/b == a
	}
	for _, p := range [][2]int64{{1 << 31, 1 << 31}, {1 << 32, 1 << 31}, {-1, math.MinInt64}, {3037000499, 3037000499}, {3037000500, 3037000500}} {
		c, ok := mulOK(p[0], p[1])
		fmt.Printf("%d * %d = %d ok=%t\n", p[0], p[1], c, ok)
	}

	// Floats at their limits.
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	big := math.MaxFloat64
	fmt.Println(big*2, -big*2, big+1 == big)
	f32 := float32(math.MaxFloat32)
	fmt.Println(f32*2, f32+1 == f32)
	fmt.Println(math.Inf(1) - math.Inf(1))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(1/math.Inf(-1), 0), 1/math.Inf(-1))
}

// Output:
// int8   -128 127
// int16  -32768 32767
// int32  -2147483648 2147483647
// int64  -9223372036854775808 9223372036854775807
// uint8  0 255
// uint16 0 65535
// uint32 0 4294967295
// uint64 0 18446744073709551615
// int    -9223372036854775808 9223372036854775807
// max+1: -128 -32768 -2147483648 -9223372036854775808 0 0 0 0
// back:  127 32767 2147483647 9223372036854775807 255 65535 4294967295 18446744073709551615
// abs(MinInt32) = -2147483648
// 2147483648 * 2147483648 = 4611686018427387904 ok=true
// 4294967296 * 2147483648 = -9223372036854775808 ok=false
// -1 * -9223372036854775808 = -9223372036854775808 ok=false
// 3037000499 * 3037000499 = 9223372030926249001 ok=true
// 3037000500 * 3037000500 = -9223372036709301616 ok=false
// 3.4028234663852886e+38 1.401298464324817e-45
// +Inf -Inf true
// +Inf true
// NaN
// true false -0
