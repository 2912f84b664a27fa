package main

import "fmt"

// Shifts and bitwise operators on signed and unsigned integers.
func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	x := 1
	for i := 0; i < 5; i++ {
		fmt.Print(x<<i, ",")
	}
	fmt.Println()

	// Right shift of negative numbers is arithmetic (keeps the sign).
	n := -16
	fmt.Println(n>>1, n>>2, n>>10, n>>63)
	var u uint8 = 0b1000_0000
	fmt.Println(u>>7, u<<1, u>>8)

	// Shifting by the width or more: signed gives 0 or -1, unsigned gives 0.
	var s uint = 64
	var one int64 = 1
	var neg int64 = -1
	fmt.Println(one<<s, neg>>s, uint64(1)<<s, one<<(s-1))
	var b uint8 = 255
	fmt.Println(b<<4, b>>4, int8(b)>>4)

	// Bit operators.
	a, c := 0b1100, 0b1010
	fmt.Printf("%04b & %04b = %04b\n", a, c, a&c)
	fmt.Printf("%04b | %04b = %04b\n", a, c, a|c)
	fmt.Printf("%04b ^ %04b = %04b\n", a, c, a^c)
	fmt.Printf("%04b &^ %04b = %04b\n", a, c, a&^c)
	fmt.Println(^0, ^5, -6 == ^5)

	// Flags packed into a bitmask.
	const (
		Read = 1 << iota
		Write
		Exec
	)
	perm := Read | Exec
	fmt.Println(perm&Write != 0, perm&Exec != 0, perm)
	perm |= Write
	perm &^= Read
	fmt.Printf("perm=%03b\n", perm)

	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1), popcount(^uint64(0)))

	// Power of two checks and rounding up.
	for _, v := range []uint32{1, 6, 64, 100, 1000} {
		p := v - 1
		p |= p >> 1
		p |= p >> 2
		p |= p >> 4
		p |= p >> 8
		p |= p >> 16
		p++
		fmt.Printf("%d pow2=%t next=%d\n", v, v&(v-1) == 0, p)
	}

	// Swapping bytes of a uint32.
	var w uint32 = 0x11223344
	sw := w>>24 | (w>>8)&0xff00 | (w<<8)&0xff0000 | w<<24
	fmt.Printf("%08x -> %08x\n", w, sw)
}

// Output:
// 1,2,4,8,16,
// -8 -4 -1 -1
// 1 0 0
// 0 -1 0 -9223372036854775808
// 240 15 -1
// 1100 & 1010 = 1000
// 1100 | 1010 = 1110
// 1100 ^ 1010 = 0110
// 1100 &^ 1010 = 0100
// -1 -6 true
// false true 5
// perm=110
// 0 8 2 64
// 1 pow2=true next=1
// 6 pow2=false next=8
// 64 pow2=true next=64
// 100 pow2=false next=128
// 1000 pow2=false next=1024
// 11223344 -> 44332211
