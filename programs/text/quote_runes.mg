package main

import "fmt"

// %q escapes what is not printable, exactly as strconv.Quote does; %+q escapes
// everything outside ASCII. This walks a varied set of code points
// (chosen so that the answer is the same in every Unicode version since 13.0).
func main() {
	samples := []rune{
		0x00, 0x07, 0x1B, 0x7F, 0x80, 0x9F, 0xA0, 0xAD, 0xE9, 0x300, 0x34F, 0x378,
		0x627, 0x640, 0x64B, 0x6F1, 0x200B, 0x200C, 0x200D, 0x200E, 0x2028, 0x2029,
		0x202E, 0x3000, 0xE000, 0xFEFF, 0xFFFD, 0xFFFF, 0x1F600, 0x1F1EE, 0xE0001,
		0x10FFFF, 0x0D, 0x09, 0x5C, 0x27, 0x22,
	}
	for i, r := range samples {
		fmt.Printf("%2d U+%04X %q %+q %q\n", i, r, r, r, string(r))
	}

	// Deterministic sweeps through long-established blocks: Latin, Arabic, CJK, Hangul.
	sweeps := [][3]rune{{0x20, 0x300, 23}, {0x600, 0x700, 11}, {0x4E00, 0x9000, 613}, {0xAC00, 0xD7A3, 1999}}
	for _, sw := range sweeps {
		line := ""
		for r := sw[0]; r < sw[1]; r += sw[2] {
			line += fmt.Sprintf("%q", string(r))
		}
		fmt.Println(line)
	}

	fmt.Printf("%q\n", "سلام\u200cدنیا\t\"quoted\"\\ \x01\xff end")
	fmt.Printf("%+q\n", "سلام\u200cدنیا")
	fmt.Printf("%#q %#q %#q\n", "no`backquote", "has`backquote", "tab\there")
	fmt.Printf("%q\n", []string{"a\nb", "ج", ""})
	fmt.Printf("%x % X %q\n", "ok\x00", "ج", 'ج')
}

// Output:
//  0 U+0000 '\x00' '\x00' "\x00"
//  1 U+0007 '\a' '\a' "\a"
//  2 U+001B '\x1b' '\x1b' "\x1b"
//  3 U+007F '\x7f' '\x7f' "\x7f"
//  4 U+0080 '\u0080' '\u0080' "\u0080"
//  5 U+009F '\u009f' '\u009f' "\u009f"
//  6 U+00A0 '\u00a0' '\u00a0' "\u00a0"
//  7 U+00AD '\u00ad' '\u00ad' "\u00ad"
//  8 U+00E9 'é' '\u00e9' "é"
//  9 U+0300 '̀' '\u0300' "̀"
// 10 U+034F '͏' '\u034f' "͏"
// 11 U+0378 '\u0378' '\u0378' "\u0378"
// 12 U+0627 'ا' '\u0627' "ا"
// 13 U+0640 'ـ' '\u0640' "ـ"
// 14 U+064B 'ً' '\u064b' "ً"
// 15 U+06F1 '۱' '\u06f1' "۱"
// 16 U+200B '\u200b' '\u200b' "\u200b"
// 17 U+200C '\u200c' '\u200c' "\u200c"
// 18 U+200D '\u200d' '\u200d' "\u200d"
// 19 U+200E '\u200e' '\u200e' "\u200e"
// 20 U+2028 '\u2028' '\u2028' "\u2028"
// 21 U+2029 '\u2029' '\u2029' "\u2029"
// 22 U+202E '\u202e' '\u202e' "\u202e"
// 23 U+3000 '\u3000' '\u3000' "\u3000"
// 24 U+E000 '\ue000' '\ue000' "\ue000"
// 25 U+FEFF '\ufeff' '\ufeff' "\ufeff"
// 26 U+FFFD '�' '\ufffd' "�"
// 27 U+FFFF '\uffff' '\uffff' "\uffff"
// 28 U+1F600 '😀' '\U0001f600' "😀"
// 29 U+1F1EE '🇮' '\U0001f1ee' "🇮"
// 30 U+E0001 '\U000e0001' '\U000e0001' "\U000e0001"
// 31 U+10FFFF '\U0010ffff' '\U0010ffff' "\U0010ffff"
// 32 U+000D '\r' '\r' "\r"
// 33 U+0009 '\t' '\t' "\t"
// 34 U+005C '\\' '\\' "\\"
// 35 U+0027 '\'' '\'' "'"
// 36 U+0022 '"' '"' "\""
// " ""7""N""e""|""\u0093""ª""Á""Ø""ï""Ć""ĝ""Ĵ""ŋ""Ţ""Ź""Ɛ""Ƨ""ƾ""Ǖ""Ǭ""ȃ""Ț""ȱ""Ɉ""ɟ""ɶ""ʍ""ʤ""ʻ""˒""˩"
// "\u0600""؋""ؖ""ء""ج""ط""ق""ٍ""٘""٣""ٮ""ٹ""ڄ""ڏ""ښ""ڥ""ڰ""ڻ""ۆ""ۑ""ۜ""ۧ""۲""۽"
// "一""健""勊""唯""垔""姹""属""廃""愨""掍""旲""桗""檼""洡""澆""燫""瑐""皵""礚""筿""緤""聉""芮""蔓""蝸""觝""豂""躧"
// "가""돏""뮞""썭""쬼""팋"
// "سلام\u200cدنیا\t\"quoted\"\\ \x01\xff end"
// "\u0633\u0644\u0627\u0645\u200c\u062f\u0646\u06cc\u0627"
// "no`backquote" "has`backquote" `tab	here`
// ["a\nb" "ج" ""]
// 6f6b00 D8 AC 'ج'
