package main

import "fmt"

// Arbitrary-precision natural numbers as little-endian base-10000 digit slices.
type Nat []int

const base = 10000

func FromInt(n int) Nat {
	var out Nat
	for n > 0 {
		out = append(out, n%base)
		n /= base
	}
	return out
}

func (a Nat) MulSmall(m int) Nat {
	out := make(Nat, 0, len(a)+2)
	carry := 0
	for _, d := range a {
		v := d*m + carry
		out = append(out, v%base)
		carry = v / base
	}
	for carry > 0 {
		out = append(out, carry%base)
		carry /= base
	}
	return out
}

func (a Nat) Add(b Nat) Nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(Nat, 0, len(a)+1)
	carry := 0
	for i := range a {
		v := a[i] + carry
		if i < len(b) {
			v += b[i]
		}
		out = append(out, v%base)
		carry = v / base
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

func (a Nat) String() string {
	if len(a) == 0 {
		return "0"
	}
	s := fmt.Sprint(a[len(a)-1])
	for i := len(a) - 2; i >= 0; i-- {
		s += fmt.Sprintf("%04d", a[i])
	}
	return s
}

func (a Nat) DigitSum() int {
	sum := 0
	for _, c := range a.String() {
		sum += int(c - '0')
	}
	return sum
}

func main() {
	f := FromInt(1)
	for i := 2; i <= 50; i++ {
		f = f.MulSmall(i)
		if i%10 == 0 {
			fmt.Printf("%d! = %v\n", i, f)
		}
	}
	fmt.Println("digits:", len(f.String()), "digit sum:", f.DigitSum())

	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)

	p := FromInt(1)
	for i := 0; i < 100; i++ {
		p = p.MulSmall(2)
	}
	fmt.Println("2^100 =", p)
	fmt.Println(FromInt(0), FromInt(9999), FromInt(10000), FromInt(123456789))
}

// Output:
// 10! = 3628800
// 20! = 2432902008176640000
// 30! = 265252859812191058636308480000000
// 40! = 815915283247897734345611269596115894272000000000
// 50! = 30414093201713378043612608166064768844377641568960512000000000000
// digits: 65 digit sum: 216
// fib(200) = 280571172992510140037611932413038677189525
// 2^100 = 1267650600228229401496703205376
// 0 9999 10000 123456789
