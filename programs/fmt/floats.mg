package main

import (
	"fmt"
	"math"
)

// How Go prints floating-point numbers: Println uses %v, which is the shortest
// representation that reads back the same value (%g with exponent for large/small).
func main() {
	values := []float64{0, 1, -1, 0.5, 3.14159, 1.0 / 3.0, 2.0 / 3.0, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 0.1 + 0.2}
	for _, v := range values {
		fmt.Println(v)
	}

	fmt.Println("--- verbs ---")
	x := 1234.5678
	fmt.Printf("%v|%f|%.2f|%e|%E|%g|%G\n", x, x, x, x, x, x, x)
	fmt.Printf("%8.3f|%-8.2f|%08.2f|%+.1f\n", x, x, x, x)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.3e %.10g %g\n", 6.02214076e23, math.Pi, 1e-7)
	fmt.Printf("%6.2f%%\n", 12.3456)

	fmt.Println("--- float32 ---")
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(float32(1) / 3)
	fmt.Printf("%v %.2f\n", float32(16777216.0)+1, f32)

	fmt.Println("--- specials ---")
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.Inf(1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%f %5.1f %v\n", math.Inf(-1), math.NaN(), -zero)

	fmt.Println("--- arithmetic ---")
	total := 0.0
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	fmt.Println(total, total == 1.0)
	fmt.Println(7.0/2, float64(7)/2, float64(7/2))
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7))
	a, b := 3.99, -3.99
	fmt.Println(int(a), int(b), int64(1e15), uint8(a*10))
	fmt.Println([]float64{1, 2.5, 1e100}, map[string]float64{"pi": 3.14, "e": 2.718})
}

// Output:
// 0
// 1
// -1
// 0.5
// 3.14159
// 0.3333333333333333
// 0.6666666666666666
// 100
// 1e+06
// 1e+20
// 1e+21
// 0.0001
// 1e-05
// 1.23456789e+08
// 0.3
// --- verbs ---
// 1234.5678|1234.567800|1234.57|1.234568e+03|1.234568E+03|1234.5678|1234.5678
// 1234.568|1234.57 |01234.57|+1234.6
// 0 2 2 -0
// 6.022e+23 3.141592654 1e-07
//  12.35%
// --- float32 ---
// 0.1 0.10000000149011612
// 0.33333334
// 1.6777216e+07 0.10
// --- specials ---
// +Inf -Inf NaN
// +Inf NaN 1.7976931348623157e+308 5e-324
// -Inf   NaN -0
// --- arithmetic ---
// 0.9999999999999999 false
// 3.5 3.5 3
// 1.4142135623730951 -3 3 -2
// 3 -3 1000000000000000 39
// [1 2.5 1e+100] map[e:2.718 pi:3.14]
