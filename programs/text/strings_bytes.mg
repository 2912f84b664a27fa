package main

import "fmt"

// Strings are immutable: to change one, build a new string or go through []byte.
func toUpperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func isPalindrome(s string) bool {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func caesar(s string, shift int) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + byte((int(c-'a')+shift+26)%26)
		case c >= 'A' && c <= 'Z':
			c = 'A' + byte((int(c-'A')+shift+26)%26)
		}
		out = append(out, c)
	}
	return string(out)
}

func main() {
	fmt.Println(toUpperASCII("hello, World! سلام"))
	for _, w := range []string{"racecar", "level", "گرگ", "hello", "", "x"} {
		fmt.Printf("%q palindrome=%v\n", w, isPalindrome(w))
	}
	enc := caesar("Attack at Dawn!", 3)
	fmt.Println(enc, caesar(enc, -3))

	// Concatenation in a loop and += on strings.
	line := ""
	for i := 0; i < 5; i++ {
		if i > 0 {
			line += "-"
		}
		line += fmt.Sprint(i * i)
	}
	fmt.Println(line, len(line))

	// Byte slices and strings share no memory after conversion.
	src := []byte("abc")
	str := string(src)
	src[0] = 'X'
	fmt.Println(str, string(src))

	// Appending a string to a byte slice.
	buf := []byte("key=")
	buf = append(buf, "value"...)
	buf = append(buf, '!', ' ')
	buf = append(buf, "مقدار"...)
	fmt.Println(string(buf), len(buf))

	// Raw strings keep backslashes and newlines.
	raw := `C:\path\n "quoted"`
	fmt.Println(raw, len(raw))
	multi := `line one
line two`
	fmt.Println(multi)
	fmt.Printf("%q\n", "tab\there\nnew \"q\" \\ \x00 é ب")
	fmt.Printf("%+q\n", "é ب")
	fmt.Printf("%#q %#q\n", "back`tick", "plain")

	// Counting character classes.
	text := "Go 1.22 آمد! 42 چیز"
	letters, digits, spaces, others := 0, 0, 0, 0
	for _, r := range text {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ':
			spaces++
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0x0600 && r <= 0x06FF:
			letters++
		default:
			others++
		}
	}
	fmt.Println(letters, digits, spaces, others)
}

// Output:
// HELLO, WORLD! سلام
// "racecar" palindrome=true
// "level" palindrome=true
// "گرگ" palindrome=true
// "hello" palindrome=false
// "" palindrome=true
// "x" palindrome=true
// Dwwdfn dw Gdzq! Attack at Dawn!
// 0-1-4-9-16 10
// abc Xbc
// key=value! مقدار 21
// C:\path\n "quoted" 18
// line one
// line two
// "tab\there\nnew \"q\" \\ \x00 é ب"
// "\u00e9 \u0628"
// "back`tick" `plain`
// 8 5 4 2
