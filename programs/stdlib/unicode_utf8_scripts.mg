package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Walking mixed-script text rune by rune: classifying characters with package unicode,
// decoding (and mis-decoding) bytes with unicode/utf8, and converting Persian and
// Arabic-Indic digits to numbers.

func class(r rune) string {
	var tags []string
	checks := []struct {
		name string
		f    func(rune) bool
	}{
		{"letter", unicode.IsLetter}, {"upper", unicode.IsUpper}, {"lower", unicode.IsLower},
		{"digit", unicode.IsDigit}, {"number", unicode.IsNumber}, {"space", unicode.IsSpace},
		{"punct", unicode.IsPunct}, {"symbol", unicode.IsSymbol}, {"mark", unicode.IsMark},
		{"control", unicode.IsControl}, {"print", unicode.IsPrint}, {"graphic", unicode.IsGraphic},
	}
	for _, c := range checks {
		if c.f(r) {
			tags = append(tags, c.name)
		}
	}
	return strings.Join(tags, ",")
}

func script(r rune) string {
	scripts := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Latin", unicode.Latin}, {"Arabic", unicode.Arabic}, {"Greek", unicode.Greek},
		{"Cyrillic", unicode.Cyrillic}, {"Han", unicode.Han}, {"Hiragana", unicode.Hiragana},
		{"Common", unicode.Common}, {"Inherited", unicode.Inherited},
	}
	for _, s := range scripts {
		if unicode.Is(s.t, r) {
			return s.name
		}
	}
	return "?"
}

// digitsValue reads a number written with any Unicode decimal digits.
func digitsValue(s string) (int, bool) {
	n := 0
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return 0, false
		}
		d := -1
		for _, zero := range []rune{'0', '٠', '۰', '०'} {
			if r >= zero && r <= zero+9 {
				d = int(r - zero)
			}
		}
		if d < 0 {
			return 0, false
		}
		n = n*10 + d
	}
	return n, true
}

func main() {
	text := "Go، سلام! Ωμέγα Жук 世界 ひらがな ۱۴۰۲ ٣ Ⅻ é\u064e\t😀€"
	fmt.Println("bytes:", len(text), "runes:", utf8.RuneCountInString(text), "valid:", utf8.ValidString(text))
	for i, r := range text {
		if r == ' ' {
			continue
		}
		fmt.Printf("%2d %-6q U+%04X len=%d %-9s %s\n", i, r, r, utf8.RuneLen(r), script(r), class(r))
	}

	for _, s := range []string{"۱۴۰۲", "٢٠٢٤", "2024", "१२३", "12a", "٣٣٣"} {
		n, ok := digitsValue(s)
		fmt.Println(s, n, ok)
	}

	// Case mapping, rune by rune.
	for _, r := range []rune{'a', 'ß', 'ǆ', 'ς', 'İ', 'ı', 'ﬁ', 'Ա', 'ا'} {
		fmt.Printf("%c: upper=%c lower=%c title=%c fold=%c turkish=%c\n", r, unicode.ToUpper(r),
			unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), unicode.TurkishCase.ToUpper(r))
	}

	// Broken UTF-8: each bad byte decodes as RuneError with width 1.
	bad := "a\xffب\xe2\x82c\xed\xa0\x80"
	fmt.Println("bad:", len(bad), utf8.RuneCountInString(bad), utf8.ValidString(bad))
	for i := 0; i < len(bad); {
		r, size := utf8.DecodeRuneInString(bad[i:])
		fmt.Printf("  at %d: %q (%d bytes)\n", i, r, size)
		i += size
	}
	var backwards []string
	for s := bad; len(s) > 0; {
		r, size := utf8.DecodeLastRuneInString(s)
		backwards = append(backwards, fmt.Sprintf("%q/%d", r, size))
		s = s[:len(s)-size]
	}
	fmt.Println(strings.Join(backwards, " "))
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size, utf8.FullRuneInString("\xe2\x82"), utf8.FullRune([]byte("ب")))

	// Encoding.
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'ß', 'ب', '€', '😀', -1, 0xD800, unicode.MaxRune + 1} {
		buf = utf8.AppendRune(buf, r)
		p := make([]byte, utf8.UTFMax)
		n := utf8.EncodeRune(p, r)
		fmt.Printf("%U -> % x valid=%v\n", r, p[:n], utf8.ValidRune(r))
	}
	fmt.Printf("%q %d %v\n", buf, utf8.RuneCount(buf), utf8.Valid(buf))
	fmt.Println(utf8.RuneSelf, utf8.UTFMax, utf8.MaxRune == unicode.MaxRune, string(unicode.ReplacementChar))

	p := make([]byte, 1)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	utf8.EncodeRune(p, 'ب')
}

// Output:
// bytes: 81 runes: 42 valid: true
//  0 'G'    U+0047 len=1 Latin     letter,upper,print,graphic
//  1 'o'    U+006F len=1 Latin     letter,lower,print,graphic
//  2 '،'    U+060C len=2 Common    punct,print,graphic
//  5 'س'    U+0633 len=2 Arabic    letter,print,graphic
//  7 'ل'    U+0644 len=2 Arabic    letter,print,graphic
//  9 'ا'    U+0627 len=2 Arabic    letter,print,graphic
// 11 'م'    U+0645 len=2 Arabic    letter,print,graphic
// 13 '!'    U+0021 len=1 Common    punct,print,graphic
// 15 'Ω'    U+03A9 len=2 Greek     letter,upper,print,graphic
// 17 'μ'    U+03BC len=2 Greek     letter,lower,print,graphic
// 19 'έ'    U+03AD len=2 Greek     letter,lower,print,graphic
// 21 'γ'    U+03B3 len=2 Greek     letter,lower,print,graphic
// 23 'α'    U+03B1 len=2 Greek     letter,lower,print,graphic
// 26 'Ж'    U+0416 len=2 Cyrillic  letter,upper,print,graphic
// 28 'у'    U+0443 len=2 Cyrillic  letter,lower,print,graphic
// 30 'к'    U+043A len=2 Cyrillic  letter,lower,print,graphic
// 33 '世'    U+4E16 len=3 Han       letter,print,graphic
// 36 '界'    U+754C len=3 Han       letter,print,graphic
// 40 'ひ'    U+3072 len=3 Hiragana  letter,print,graphic
// 43 'ら'    U+3089 len=3 Hiragana  letter,print,graphic
// 46 'が'    U+304C len=3 Hiragana  letter,print,graphic
// 49 'な'    U+306A len=3 Hiragana  letter,print,graphic
// 53 '۱'    U+06F1 len=2 Arabic    digit,number,print,graphic
// 55 '۴'    U+06F4 len=2 Arabic    digit,number,print,graphic
// 57 '۰'    U+06F0 len=2 Arabic    digit,number,print,graphic
// 59 '۲'    U+06F2 len=2 Arabic    digit,number,print,graphic
// 62 '٣'    U+0663 len=2 Arabic    digit,number,print,graphic
// 65 'Ⅻ'    U+216B len=3 Latin     number,print,graphic
// 69 'é'    U+00E9 len=2 Latin     letter,lower,print,graphic
// 71 'َ'    U+064E len=2 Inherited mark,print,graphic
// 73 '\t'   U+0009 len=1 Common    space,control
// 74 '😀'    U+1F600 len=4 Common    symbol,print,graphic
// 78 '€'    U+20AC len=3 Common    symbol,print,graphic
// ۱۴۰۲ 1402 true
// ٢٠٢٤ 2024 true
// 2024 2024 true
// १२३ 123 true
// 12a 0 false
// ٣٣٣ 333 true
// a: upper=A lower=a title=A fold=A turkish=A
// ß: upper=ß lower=ß title=ß fold=ẞ turkish=ß
// ǆ: upper=Ǆ lower=ǆ title=ǅ fold=Ǆ turkish=Ǆ
// ς: upper=Σ lower=ς title=Σ fold=σ turkish=Σ
// İ: upper=İ lower=i title=İ fold=İ turkish=İ
// ı: upper=I lower=ı title=I fold=ı turkish=I
// ﬁ: upper=ﬁ lower=ﬁ title=ﬁ fold=ﬁ turkish=ﬁ
// Ա: upper=Ա lower=ա title=Ա fold=ա turkish=Ա
// ا: upper=ا lower=ا title=ا fold=ا turkish=ا
// bad: 10 9 false
//   at 0: 'a' (1 bytes)
//   at 1: '�' (1 bytes)
//   at 2: 'ب' (2 bytes)
//   at 4: '�' (1 bytes)
//   at 5: '�' (1 bytes)
//   at 6: 'c' (1 bytes)
//   at 7: '�' (1 bytes)
//   at 8: '�' (1 bytes)
//   at 9: '�' (1 bytes)
// '�'/1 '�'/1 '�'/1 'c'/1 '�'/1 '�'/1 'ب'/2 '�'/1 'a'/1
// true 0 false true
// U+0041 -> 41 valid=true
// U+00DF -> c3 9f valid=true
// U+0628 -> d8 a8 valid=true
// U+20AC -> e2 82 ac valid=true
// U+1F600 -> f0 9f 98 80 valid=true
// U+FFFFFFFFFFFFFFFF -> ef bf bd valid=false
// U+D800 -> ef bf bd valid=false
// U+110000 -> ef bf bd valid=false
// "Aßب€😀���" 8 true
// 128 4 true �
// recovered: runtime error: index out of range [1] with length 1
