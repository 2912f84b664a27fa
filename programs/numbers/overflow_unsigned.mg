package main

import "fmt"

// Unsigned integers are arithmetic modulo 2^n: they never go below zero.
func main() {
	var b byte = 255
	b++
	fmt.Println("byte 255+1 =", b)
	b = 0
	b--
	fmt.Println("byte 0-1 =", b)
	var u8 uint8 = 200
	fmt.Println("uint8 200+100 =", u8+100, "200*2 =", u8*2, "-200 =", -u8)

	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16 65535+2 =", u16)

	var u32 uint32 = 0
	u32 -= 1
	fmt.Println("uint32 0-1 =", u32)
	var p uint32 = 1 << 31
	fmt.Println("uint32 2^31*2 =", p*2, "2^31+2^31-1 =", p+p-1)

	var u64 uint64 = 0
	u64--
	fmt.Println("uint64 0-1 =", u64)
	fmt.Println("uint64 max/3 =", u64/3, "max%1000 =", u64%1000)

	var u uint = 18446744073709551615
	u += 5
	fmt.Println("uint max+5 =", u)

	// A countdown with an unsigned counter must test before it underflows.
	var steps uint = 3
	for steps > 0 {
		fmt.Print(steps, " ")
		steps--
	}
	fmt.Println("liftoff", steps)

	// Bitwise complement and negation.
	var mask uint8 = 0x0F
	fmt.Printf("^%08b = %08b\n", mask, ^mask)
	var w uint16 = 1
	fmt.Println("-uint16(1) =", -w, "^uint16(0) =", ^uint16(0))

	// FNV-1a hash in uint32: the multiplications overflow on purpose.
	var hash uint32 = 2166136261
	for _, c := range []byte("hello") {
		hash ^= uint32(c)
		hash *= 16777619
	}
	fmt.Println("fnv1a(hello) =", hash)
	fmt.Printf("%x %X %d\n", hash, uint64(hash)<<8, hash>>16)

	// Mixing sizes requires conversions, each truncating.
	big := uint64(1)<<40 + 7
	fmt.Println(uint32(big), uint16(big), uint8(big), int64(big))
	neg := -7
	fmt.Println(uint8(neg), uint(neg)%10, uint64(neg)>>60)
}

// Output:
// byte 255+1 = 0
// byte 0-1 = 255
// uint8 200+100 = 44 200*2 = 144 -200 = 56
// uint16 65535+2 = 1
// uint32 0-1 = 4294967295
// uint32 2^31*2 = 0 2^31+2^31-1 = 4294967295
// uint64 0-1 = 18446744073709551615
// uint64 max/3 = 6148914691236517205 max%1000 = 615
// uint max+5 = 4
// 3 2 1 liftoff 0
// ^00001111 = 11110000
// -uint16(1) = 65535 ^uint16(0) = 65535
// fnv1a(hello) = 1335831723
// 4f9f2cab 4F9F2CAB00 20383
// 7 7 7 1099511627783
// 249 9 15
