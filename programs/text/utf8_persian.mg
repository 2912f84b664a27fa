package main

import "fmt"

// A Go string is a sequence of bytes; range decodes UTF-8 runes.
// Persian letters take two bytes each, so len and the rune count differ.
func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	words := []string{"Go", "سلام", "کتاب‌خانه", "héllo", "😀!"}
	for _, w := range words {
		fmt.Printf("%-10q bytes=%2d runes=%d\n", w, len(w), runeCount(w))
	}

	s := "سلام دنیا"
	fmt.Println("--- range ---")
	for i, r := range s {
		fmt.Printf("%2d %c %U %d\n", i, r, r, len(string(r)))
	}

	fmt.Println("--- bytes ---")
	for i := 0; i < 4; i++ {
		fmt.Printf("s[%d]=%d %x %T\n", i, s[i], s[i], s[i])
	}
	fmt.Printf("% x\n", s[:8])

	fmt.Println("--- slicing ---")
	fmt.Println(s[:8], "|", s[9:])
	fmt.Println(len(s[:2]), s[:2] == "س")
	fmt.Printf("%q\n", s[:1])

	fmt.Println("--- conversions ---")
	rs := []rune(s)
	bs := []byte(s)
	fmt.Println(len(rs), len(bs), cap(rs) >= len(rs))
	fmt.Println(string(rs[5:]), string(rs[0]), rs[0])
	fmt.Println(bs[:4])
	rs[0] = 'ث'
	fmt.Println(string(rs), s)

	// Reversing must be done on runes, not bytes.
	rev := make([]rune, len(rs))
	for i, r := range []rune("دنیا") {
		rev[len([]rune("دنیا"))-1-i] = r
	}
	fmt.Println(string(rev[:4]))

	// Invalid UTF-8 decodes as U+FFFD, one byte at a time.
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len(bad), []rune(bad))

	// Comparison is bytewise.
	fmt.Println("ا" < "ب", "z" < "ا", "abc" < "abd", "ab" < "abc")
	fmt.Println("\u0627\u0644\u0641" == "الف", '\u06F1', string('\u06F1'))
}

// Output:
// "Go"       bytes= 2 runes=2
// "سلام"     bytes= 8 runes=4
// "کتاب\u200cخانه" bytes=19 runes=9
// "héllo"    bytes= 6 runes=5
// "😀!"       bytes= 5 runes=2
// --- range ---
//  0 س U+0633 2
//  2 ل U+0644 2
//  4 ا U+0627 2
//  6 م U+0645 2
//  8   U+0020 1
//  9 د U+062F 2
// 11 ن U+0646 2
// 13 ی U+06CC 2
// 15 ا U+0627 2
// --- bytes ---
// s[0]=216 d8 uint8
// s[1]=179 b3 uint8
// s[2]=217 d9 uint8
// s[3]=132 84 uint8
// d8 b3 d9 84 d8 a7 d9 85
// --- slicing ---
// سلام | دنیا
// 2 true
// "\xd8"
// --- conversions ---
// 9 17 true
// دنیا س 1587
// [216 179 217 132]
// ثلام دنیا سلام دنیا
// ایند
// 0:97 1:65533 2:98 3:65533 4 [97 65533 98 65533]
// true true true true
// true 1777 ۱
