package main

import "fmt"

// Less common formatting: argument indexes, %U, %q on bytes and ints,
// # and space flags, and formatting of integers of every size.
func main() {
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%[1]s has %[1]d? %[2]v\n", "x", true)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)

	fmt.Printf("%q %q %q\n", 65, 0x0628, []byte("ok"))
	fmt.Printf("%U %#U %x %X\n", 0x1F642, 'ك', 'ك', "ك")
	fmt.Printf("% d|% x|% X|%#x\n", 12, []byte{1, 171}, "ab", []byte{1, 2})
	fmt.Printf("%#o %#b %#X %O\n", 64, 5, 48879, 64)
	fmt.Printf("%c%c%c\n", 0x47, 0x6F, 0x21)

	fmt.Printf("%d %d %d %d %d\n", int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%x %x %x\n", int8(-1), uint8(255), int64(-255))
	fmt.Printf("%b %o %X\n", -5, -8, -255)
	fmt.Printf("%08.3d|%.0d|%.0d|%5.3d\n", 7, 0, 5, -7)
	fmt.Printf("%+d %+d % d\n", 0, -0, 0)

	fmt.Printf("%5.1f|%-7.3e|%+g|%G\n", -0.05, 123456.789, 1e-10, 1e-10)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 0.0001, 0.00001)
	fmt.Printf("%.3g %.3g %.1g %.0e\n", 1234.5678, 0.00012345, 0.15, 5.5)
	fmt.Printf("%v %v\n", float32(1)/3, float32(1e20))
	fmt.Printf("%e %f\n", float32(3.14), float32(0.1))
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)

	fmt.Printf("%s|%10.4s|%-10.2s|\n", "abcdef", "abcdef", "سلام")
	fmt.Printf("%t %v %5t|\n", false, true, true)
	fmt.Printf("%v %d\n", [3]uint8{1, 2, 3}, []int8{-1, 1})
	fmt.Printf("%x %X % x\n", []uint16{255, 4096}, [2]int{10, 11}, []int{1, 2})
	fmt.Printf("%v|%6v|%-6v|\n", nil, nil, []int(nil))
	fmt.Printf("%s %v\n", []string(nil), map[string]int(nil))
	fmt.Printf("%v %s\n", [][]string{{"a"}, {}, {"b", "c"}}, [][]string{{"x", "y"}})
	fmt.Printf("%3c|%-4q|%#q\n", 'x', 'y', 'z')
	fmt.Printf("%v %+v\n", struct{}{}, []struct{}{{}, {}})
}

// Output:
// 20 10 20
// x has %!d(string=x)? true
// 1 2 1 2
//  12.00|
// 'A' 'ب' "ok"
// U+1F642 U+0643 'ك' 643 D983
//  12|01 ab|61 62|0x0102
// 0100 0b101 0XBEEF 0o100
// Go!
// -128 -32768 -2147483648 -9223372036854775808 18446744073709551615
// -1 ff -ff
// -101 -10 -FF
//      007||5| -007
// +0 +0  0
//  -0.1|1.235e+05|+1e-10|1E-10
// 100000 1e+06 0.0001 1e-05
// 1.23e+03 0.000123 0.1 6e+00
// 0.33333334 1e+20
// 3.140000e+00 0.100000
// 1.00000 2.00 3
// abcdef|      abcd|سل        |
// false true  true|
// [1 2 3] [-1 1]
// [ff 1000] [A B] [ 1  2]
// <nil>| <nil>|[]|
// [] map[]
// [[a] [] [b c]] [[x y]]
//   x|'y' |'z'
// {} [{} {}]
