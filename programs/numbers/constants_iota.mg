package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	x0 = "same"
	x1
	x2 = iota
	x3
)

// Untyped constants are exact: they can be huge in expressions as long as
// the final value fits its destination.
const Huge = 1 << 100
const Small = Huge >> 98

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const typed int64 = 5

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Printf("%v %d %T\n", Friday, Friday, Friday)
	fmt.Println(Monday+2, Saturday-Sunday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(Small, Huge/(Huge>>1))

	var f32 float32 = Pi
	var f64 float64 = Pi
	fmt.Println(f32, f64)
	fmt.Println(Pi * 2)

	// An untyped constant adapts to the context.
	var i8 int8 = 100
	fmt.Println(i8+27, 3/2, 3.0/2, 3/2.0)
	const half = 1 / 2
	const halfF = 1 / 2.0
	fmt.Println(half, halfF)
	fmt.Printf("%T %T %T %T\n", 3, 3.0, 'x', "s")
	fmt.Printf("%T %T\n", typed, typed*2)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))

	// Typed constants inside expressions with iota-based enums.
	type Level uint8
	const (
		Debug Level = iota + 1
		Info
		Warn
		Error
	)
	for l := Debug; l <= Error; l++ {
		fmt.Print(l, ";")
	}
	fmt.Println()
	const maxU8 = ^uint8(0)
	const minI16 = -1 << 15
	fmt.Println(maxU8, minI16, uint16(minI16+65536))
}

// Output:
// Sun Wed Sat
// Fri 5 main.Weekday
// Wed Sat
// 1024 1.048576e+06 1.073741824e+09
// 0 0 1 10 3 30
// same same 2 3
// 4 2
// 3.1415927 3.141592653589793
// 6.283185307179586
// 127 1 1.5 1.5
// 0 0.5
// int float64 int32 string
// int64 int64
// 98 b
// 1;2;3;4;
// 255 -32768 32768
