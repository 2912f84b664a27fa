package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

type Meters int
type ID string

// Conversions between numeric types, named types and strings.
func main() {
	temps := []Celsius{-40, 0, 37, 100}
	for _, t := range temps {
		fmt.Printf("%gC = %gF\n", t, CToF(t))
	}
	fmt.Println(FToC(212), FToC(-40))

	// float -> int truncates toward zero.
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10}
	for _, f := range fs {
		fmt.Print(int(f), " ", int64(f), " ", int32(int64(f)%1000), ";")
	}
	fmt.Println()

	// int -> float may round for large values.
	big := int64(1)<<53 + 1
	fmt.Println(big, int64(float64(big)), float32(16777217))

	// Named types need explicit conversions but keep the underlying behaviour.
	var d Meters = 1500
	km := float64(d) / 1000
	fmt.Println(d, km, Meters(km*2000))
	var id ID = "user-42"
	fmt.Println(id, len(id), string(id)+"!", ID("x") < id)

	// int <-> string: string(rune) makes a character; fmt gives decimal text.
	fmt.Println(string(rune(65)), string(rune(0x0628)), fmt.Sprint(65))
	var code rune = 'پ'
	fmt.Println(code, string(code), int(code))

	// uint8/int8 reinterpretation of the same bits.
	for _, v := range []int{127, 128, 255, 256, -1} {
		fmt.Print(int8(v), "/", uint8(v), ";")
	}
	fmt.Println()

	// Mixed arithmetic requires a common type.
	var count int = 3
	var price float64 = 19.99
	total := float64(count) * price
	fmt.Printf("%.2f %v\n", total, int(total*100))
	var small int16 = 300
	var tiny int8 = int8(small)
	fmt.Println(tiny, int16(tiny)+small, uint32(small)*uint32(small))
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
}

// Output:
// -40C = -40F
// 0C = 32F
// 37C = 98.6F
// 100C = 212F
// 100 -40
// 2 2 2;-2 -2 -2;0 0 0;0 0 0;10000000000 10000000000 0;
// 9007199254740993 9007199254740992 1.6777216e+07
// 1500 1.5 3000
// user-42 7 user-42! false
// A ب 65
// 1662 پ 1662
// 127/127;-128/128;-1/255;0/0;-1/255;
// 59.97 5997
// 44 344 90000
// 0.3 true
// 0.30000000000000004 false
