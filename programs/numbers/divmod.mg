package main

import "fmt"

// Integer division truncates toward zero, and the remainder takes the sign of the dividend.
// Float division does not truncate. A "mod" that is always non-negative needs a helper.
func mod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}

func divmod(a, b int) (q, r int) {
	return a / b, a % b
}

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {0, 5}, {1, 10}, {-1, 10}}
	for _, p := range pairs {
		q, r := divmod(p[0], p[1])
		fmt.Printf("%3d / %3d = %3d   %3d %% %3d = %3d   mod = %d\n", p[0], p[1], q, p[0], p[1], r, mod(p[0], p[1]))
	}

	// Identity: (a/b)*b + a%b == a
	ok := true
	for a := -20; a <= 20; a++ {
		for _, b := range []int{-7, -3, -1, 1, 3, 7} {
			if (a/b)*b+a%b != a {
				ok = false
			}
		}
	}
	fmt.Println("identity holds:", ok)

	// Other widths.
	var i8 int8 = -128
	fmt.Println(i8/2, i8%3, i8/-1)
	var u uint = 17
	fmt.Println(u/5, u%5)
	var i64 int64 = -9223372036854775807
	fmt.Println(i64/1000000007, i64%1000000007)

	// Constant expressions follow the same rules.
	const c = -17
	fmt.Println(c/5, c%5, c/-5, c%-5)

	// Float division and conversions.
	fmt.Println(7.0/2.0, -7.0/2.0, float64(-7)/2)
	x, y := 7, 2
	fmt.Println(float64(x)/float64(y), float64(x/y))

	// Clock arithmetic: what time is it 100 hours after 20:00, and 30 hours before 5:00?
	fmt.Println((20+100)%24, mod(5-30, 24), (5-30)%24)

	// Digits of a number, most significant first.
	n := 907153
	var digits []int
	for n > 0 {
		digits = append([]int{n % 10}, digits...)
		n /= 10
	}
	fmt.Println(digits)

	// Euclid's algorithm.
	gcd := func(a, b int) int {
		for b != 0 {
			a, b = b, a%b
		}
		return a
	}
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
}

// Output:
//   7 /   2 =   3     7 %   2 =   1   mod = 1
//  -7 /   2 =  -3    -7 %   2 =  -1   mod = 1
//   7 /  -2 =  -3     7 %  -2 =   1   mod = 1
//  -7 /  -2 =   3    -7 %  -2 =  -1   mod = -3
//   6 /   3 =   2     6 %   3 =   0   mod = 0
//   0 /   5 =   0     0 %   5 =   0   mod = 0
//   1 /  10 =   0     1 %  10 =   1   mod = 1
//  -1 /  10 =   0    -1 %  10 =  -1   mod = 9
// identity holds: true
// -64 -2 -128
// 3 2
// -9223371972 -291172003
// -3 -2 3 -2
// 3.5 -3.5 -3.5
// 3.5 3
// 0 23 -1
// [9 0 7 1 5 3]
// 21 1 9
