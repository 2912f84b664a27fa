package main

import (
	"fmt"
	"unicode/utf8"
)

// Decoding UTF-8 by hand with unicode/utf8: rune lengths, validity, and
// walking a string backwards.
func main() {
	s := "Go،سلام👋!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))

	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%2d %-4q size=%d RuneLen=%d\n", i, r, size, utf8.RuneLen(r))
		i += size
	}

	fmt.Println("--- backwards ---")
	out := ""
	for end := len(s); end > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		out += string(r)
		end -= size
	}
	fmt.Println(out)

	fmt.Println("--- encoding ---")
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', 'ش', '€', '🙂'} {
		var tmp [utf8.UTFMax]byte
		n := utf8.EncodeRune(tmp[:], r)
		buf = append(buf, tmp[:n]...)
		fmt.Printf("%q -> % x\n", r, tmp[:n])
	}
	fmt.Println(string(buf), len(buf), utf8.RuneCount(buf))

	fmt.Println("--- invalid input ---")
	bad := []string{"\xff", "a\xc3", "\xe2\x82", "\xed\xa0\x80", "ok"}
	for _, b := range bad {
		r, size := utf8.DecodeRuneInString(b)
		fmt.Printf("%q valid=%t first=%q size=%d count=%d\n", b, utf8.ValidString(b), r, size, utf8.RuneCountInString(b))
	}
	fmt.Println(utf8.RuneError == '\uFFFD', utf8.ValidRune(0xD800), utf8.ValidRune(0x10FFFF), utf8.RuneLen(-1))
	fmt.Println(utf8.FullRuneInString("\xe2\x82"), utf8.RuneStart(0x82), utf8.RuneStart('a'))

	// Truncating to at most n bytes without splitting a rune.
	truncate := func(s string, n int) string {
		if len(s) <= n {
			return s
		}
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return s[:n]
	}
	for n := 0; n <= 8; n++ {
		fmt.Printf("%d:%q;", n, truncate("سلام", n))
	}
	fmt.Println()
}

// Output:
// 17 9 true
//  0 'G'  size=1 RuneLen=1
//  1 'o'  size=1 RuneLen=1
//  2 '،'  size=2 RuneLen=2
//  4 'س'  size=2 RuneLen=2
//  6 'ل'  size=2 RuneLen=2
//  8 'ا'  size=2 RuneLen=2
// 10 'م'  size=2 RuneLen=2
// 12 '👋'  size=4 RuneLen=4
// 16 '!'  size=1 RuneLen=1
// --- backwards ---
// !👋مالس،oG
// --- encoding ---
// 'A' -> 41
// 'é' -> c3 a9
// 'ش' -> d8 b4
// '€' -> e2 82 ac
// '🙂' -> f0 9f 99 82
// Aéش€🙂 12 5
// --- invalid input ---
// "\xff" valid=false first='�' size=1 count=1
// "a\xc3" valid=false first='a' size=1 count=2
// "\xe2\x82" valid=false first='�' size=1 count=2
// "\xed\xa0\x80" valid=false first='�' size=1 count=3
// "ok" valid=true first='o' size=1 count=2
// true false true -1
// false false true
// 0:"";1:"";2:"س";3:"س";4:"سل";5:"سل";6:"سلا";7:"سلا";8:"سلام";
