package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Go maps case rune by rune with the simple Unicode mappings: a rune never
// turns into two runes, unlike full case mapping in some other languages.
func main() {
	words := []string{"hello", "Straße", "İstanbul", "ΣΊΣΥΦΟΣ", "ǅemal", "ﬁne", "سلام", "Ωmega", "groß", "ŉ"}
	for _, w := range words {
		up, low := strings.ToUpper(w), strings.ToLower(w)
		fmt.Printf("%-10s upper=%-10s lower=%-10s runes %d/%d/%d\n", w, up, low,
			len([]rune(w)), len([]rune(up)), len([]rune(low)))
	}

	fmt.Println("--- unicode predicates ---")
	for _, r := range []rune{'a', 'Z', 'ß', 'ǅ', 'ا', '۳', '٣', '5', ' ', '\u200c', '_', '!', '€', 'Ⅻ', '\t', 'ـ'} {
		fmt.Printf("%q L=%t U=%t l=%t T=%t D=%t N=%t S=%t P=%t Sym=%t up=%q low=%q title=%q\n",
			r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.IsSymbol(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}

	fmt.Println("--- EqualFold ---")
	pairs := [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"Σ", "ς"}, {"K", "\u212a"}, {"ǆ", "ǅ"}, {"سلام", "سلام"}}
	for _, p := range pairs {
		fmt.Printf("%q %q %t\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}

	fmt.Println("--- word capitalisation ---")
	capitalise := func(s string) string {
		out := []rune(s)
		start := true
		for i, r := range out {
			if unicode.IsSpace(r) {
				start = true
				continue
			}
			if start {
				out[i] = unicode.ToTitle(r)
				start = false
			}
		}
		return string(out)
	}
	fmt.Println(capitalise("the ǆungla of ünïcode ßtraße"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello Wörld ΑΒγ"))
}

// Output:
// hello      upper=HELLO      lower=hello      runes 5/5/5
// Straße     upper=STRAßE     lower=straße     runes 6/6/6
// İstanbul   upper=İSTANBUL   lower=istanbul   runes 8/8/8
// ΣΊΣΥΦΟΣ    upper=ΣΊΣΥΦΟΣ    lower=σίσυφοσ    runes 7/7/7
// ǅemal      upper=ǄEMAL      lower=ǆemal      runes 5/5/5
// ﬁne        upper=ﬁNE        lower=ﬁne        runes 3/3/3
// سلام       upper=سلام       lower=سلام       runes 4/4/4
// Ωmega      upper=ΩMEGA      lower=ωmega      runes 5/5/5
// groß       upper=GROß       lower=groß       runes 4/4/4
// ŉ          upper=ŉ          lower=ŉ          runes 1/1/1
// --- unicode predicates ---
// 'a' L=true U=false l=true T=false D=false N=false S=false P=false Sym=false up='A' low='a' title='A'
// 'Z' L=true U=true l=false T=false D=false N=false S=false P=false Sym=false up='Z' low='z' title='Z'
// 'ß' L=true U=false l=true T=false D=false N=false S=false P=false Sym=false up='ß' low='ß' title='ß'
// 'ǅ' L=true U=false l=false T=true D=false N=false S=false P=false Sym=false up='Ǆ' low='ǆ' title='ǅ'
// 'ا' L=true U=false l=false T=false D=false N=false S=false P=false Sym=false up='ا' low='ا' title='ا'
// '۳' L=false U=false l=false T=false D=true N=true S=false P=false Sym=false up='۳' low='۳' title='۳'
// '٣' L=false U=false l=false T=false D=true N=true S=false P=false Sym=false up='٣' low='٣' title='٣'
// '5' L=false U=false l=false T=false D=true N=true S=false P=false Sym=false up='5' low='5' title='5'
// ' ' L=false U=false l=false T=false D=false N=false S=true P=false Sym=false up=' ' low=' ' title=' '
// '\u200c' L=false U=false l=false T=false D=false N=false S=false P=false Sym=false up='\u200c' low='\u200c' title='\u200c'
// '_' L=false U=false l=false T=false D=false N=false S=false P=true Sym=false up='_' low='_' title='_'
// '!' L=false U=false l=false T=false D=false N=false S=false P=true Sym=false up='!' low='!' title='!'
// '€' L=false U=false l=false T=false D=false N=false S=false P=false Sym=true up='€' low='€' title='€'
// 'Ⅻ' L=false U=false l=false T=false D=false N=true S=false P=false Sym=false up='Ⅻ' low='ⅻ' title='Ⅻ'
// '\t' L=false U=false l=false T=false D=false N=false S=true P=false Sym=false up='\t' low='\t' title='\t'
// 'ـ' L=true U=false l=false T=false D=false N=false S=false P=false Sym=false up='ـ' low='ـ' title='ـ'
// --- EqualFold ---
// "Go" "GO" true
// "straße" "STRASSE" false
// "Σ" "ς" true
// "K" "K" true
// "ǆ" "ǅ" true
// "سلام" "سلام" true
// --- word capitalisation ---
// The ǅungla Of Ünïcode ßtraße
// hELLO wÖRLD αβΓ
