package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func dist(a, b Point) float64 { return math.Hypot(b.X-a.X, b.Y-a.Y) }

func degrees(rad float64) float64 { return rad * 180 / math.Pi }

// newtonSqrt approximates the square root of x by Newton's method.
func newtonSqrt(x float64) (float64, int) {
	z := 1.0
	steps := 0
	for {
		next := z - (z*z-x)/(2*z)
		steps++
		if math.Abs(next-z) < 1e-15*math.Max(1, z) {
			return next, steps
		}
		z = next
	}
}

func describe(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "+Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	case x == 0 && math.Signbit(x):
		return "-0"
	}
	return fmt.Sprint(x)
}

func main() {
	// Geometry: a polygon's perimeter and the heading of each edge.
	poly := []Point{{0, 0}, {4, 0}, {4, 3}, {1, 5}, {-2, 2}}
	perim := 0.0
	for i, p := range poly {
		q := poly[(i+1)%len(poly)]
		d := dist(p, q)
		perim += d
		fmt.Printf("edge %d: len=%.4f heading=%7.2f°\n", i, d, degrees(math.Atan2(q.Y-p.Y, q.X-p.X)))
	}
	fmt.Printf("perimeter %.6f\n", perim)

	// Compound interest and continuous compounding.
	principal, rate := 1000.0, 0.05
	for _, years := range []float64{1, 10, 30} {
		yearly := principal * math.Pow(1+rate, years)
		cont := principal * math.Exp(rate*years)
		fmt.Printf("%2.0f years: %.2f yearly, %.2f continuous\n", years, yearly, cont)
	}
	fmt.Printf("doubling time: %.3f years\n", math.Log(2)/math.Log1p(rate))

	// Newton's method against math.Sqrt.
	for _, x := range []float64{2, 10, 12345.678, 1e-6} {
		approx, steps := newtonSqrt(x)
		fmt.Printf("sqrt(%v): newton %.12f in %d steps, math %.12f, cbrt %.9f\n", x, approx, steps, math.Sqrt(x), math.Cbrt(x))
	}

	// Trigonometry on a unit circle.
	for deg := 0; deg <= 360; deg += 45 {
		r := float64(deg) * math.Pi / 180
		s, c := math.Sin(r), math.Cos(r)
		fmt.Printf("%3d° sin=%+.6f cos=%+.6f sin²+cos²=%.15f\n", deg, s, c, s*s+c*c)
	}
	fmt.Printf("asin/acos/atan: %.10f %.10f %.10f\n", math.Asin(0.5), math.Acos(0.5), math.Atan(1))
	fmt.Printf("sinh/cosh/tanh(1): %.10f %.10f %.10f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))

	// Rounding table.
	fmt.Println("x | Floor Ceil Trunc Round RoundToEven")
	for _, x := range []float64{2.5, 3.5, -2.5, -0.4, 1.49999, -7.5} {
		fmt.Println(x, "|", math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}

	// Special values.
	inf := math.Inf(1)
	negZero := math.Copysign(0, -1)
	specials := []float64{math.NaN(), inf, -inf, negZero, 0}
	for _, x := range specials {
		fmt.Printf("%-4s sqrt=%s log=%s exp=%s 1/x=%s\n", describe(x), describe(math.Sqrt(x)), describe(math.Log(x)), describe(math.Exp(x)), describe(1/x))
	}
	fmt.Println(math.Max(math.NaN(), 1), math.Min(negZero, 0), math.Max(negZero, 0), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Mod(-7, 3), math.Remainder(7, 4))
	fmt.Println(math.NaN() == math.NaN(), inf > math.MaxFloat64, math.Dim(3, 5), math.Dim(5, 3))

	// Bits of floats.
	frac, exp := math.Frexp(1536)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, math.Ldexp(frac, exp), ip, fp)
	fmt.Printf("%#016x %#08x %v %v\n", math.Float64bits(1.0), math.Float32bits(0.1), math.Float64frombits(0x4009_21fb_5444_2d18), math.Float32frombits(0x3f800000))
	fmt.Println(math.Nextafter(1, 2)-1 == 0x1p-52, math.Log2(1024), math.Log10(0.001), math.Exp2(-3), math.Expm1(1e-12))

	// Constants and limits.
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2, math.Log2E)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
}

// Output:
// edge 0: len=4.0000 heading=   0.00°
// edge 1: len=3.0000 heading=  90.00°
// edge 2: len=3.6056 heading= 146.31°
// edge 3: len=4.2426 heading=-135.00°
// edge 4: len=2.8284 heading= -45.00°
// perimeter 17.676619
//  1 years: 1050.00 yearly, 1051.27 continuous
// 10 years: 1628.89 yearly, 1648.72 continuous
// 30 years: 4321.94 yearly, 4481.69 continuous
// doubling time: 14.207 years
// sqrt(2): newton 1.414213562373 in 6 steps, math 1.414213562373, cbrt 1.259921050
// sqrt(10): newton 3.162277660168 in 7 steps, math 3.162277660168, cbrt 2.154434690
// sqrt(12345.678): newton 111.111106555555 in 12 steps, math 111.111106555555, cbrt 23.112041847
// sqrt(1e-06): newton 0.001000000000 in 15 steps, math 0.001000000000, cbrt 0.010000000
//   0° sin=+0.000000 cos=+1.000000 sin²+cos²=1.000000000000000
//  45° sin=+0.707107 cos=+0.707107 sin²+cos²=1.000000000000000
//  90° sin=+1.000000 cos=+0.000000 sin²+cos²=1.000000000000000
// 135° sin=+0.707107 cos=-0.707107 sin²+cos²=1.000000000000000
// 180° sin=+0.000000 cos=-1.000000 sin²+cos²=1.000000000000000
// 225° sin=-0.707107 cos=-0.707107 sin²+cos²=1.000000000000000
// 270° sin=-1.000000 cos=-0.000000 sin²+cos²=1.000000000000000
// 315° sin=-0.707107 cos=+0.707107 sin²+cos²=1.000000000000000
// 360° sin=-0.000000 cos=+1.000000 sin²+cos²=1.000000000000000
// asin/acos/atan: 0.5235987756 1.0471975512 0.7853981634
// sinh/cosh/tanh(1): 1.1752011936 1.5430806348 0.7615941560
// x | Floor Ceil Trunc Round RoundToEven
// 2.5 | 2 3 2 3 2
// 3.5 | 3 4 3 4 4
// -2.5 | -3 -2 -2 -3 -2
// -0.4 | -1 -0 -0 -0 -0
// 1.49999 | 1 2 1 1 1
// -7.5 | -8 -7 -7 -8 -8
// NaN  sqrt=NaN log=NaN exp=NaN 1/x=NaN
// +Inf sqrt=+Inf log=+Inf exp=+Inf 1/x=0
// -Inf sqrt=NaN log=NaN exp=0 1/x=-0
// -0   sqrt=-0 log=-Inf exp=1 1/x=-Inf
// 0    sqrt=0 log=-Inf exp=1 1/x=+Inf
// NaN -0 0 +Inf NaN -1 -1
// false true 0 2
// 0.75 11 1536 -3 -0.75
// 0x3ff0000000000000 0x3dcccccd 3.141592653589793 1
// true 10 -3 0.125 1.0000000000005e-12
// 3.141592653589793 2.718281828459045 1.4142135623730951 1.618033988749895 0.6931471805599453 1.4426950408889634
// 127 -128 32767 65535 2147483647 4294967295
// 9223372036854775807 -9223372036854775808 18446744073709551615
// 1.7976931348623157e+308 5e-324 3.4028235e+38
