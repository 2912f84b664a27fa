package main

import (
	"fmt"
	"strings"
	"unicode"
)

// A small text toolkit built on package strings: parsing a messy inventory, normalising
// names, building a report with strings.Builder, and rewriting text with a Replacer.

const inventory = `
  سیب , 12 ,  fruit
BANANA,7,Fruit
  carrot ,  30,vegetable
نان,5 , bakery
,  , empty
Chili pepper,  3,VEGETABLE
`

type item struct {
	name     string
	count    string
	category string
}

func parse(text string) []item {
	var items []item
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		parts := strings.Split(line, ",")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		if len(parts) != 3 || parts[0] == "" {
			continue
		}
		items = append(items, item{parts[0], parts[1], strings.ToLower(parts[2])})
	}
	return items
}

func main() {
	items := parse(inventory)
	fmt.Println("items:", len(items))

	var sb strings.Builder
	for i, it := range items {
		if i > 0 {
			sb.WriteString("; ")
		}
		fmt.Fprintf(&sb, "%s×%s", strings.Title(strings.ToLower(it.name)), it.count)
	}
	fmt.Println(sb.String())
	fmt.Println("report bytes:", sb.Len(), "runes:", len([]rune(sb.String())))

	// Group by category, case-insensitively.
	cats := []string{"FRUIT", "Vegetable", "bakery", "dairy"}
	for _, c := range cats {
		var names []string
		for _, it := range items {
			if strings.EqualFold(it.category, c) {
				names = append(names, it.name)
			}
		}
		fmt.Printf("%-9s %d %q\n", c, len(names), strings.Join(names, "|"))
	}

	// Builder growth, as Go grows its buffer.
	var grow strings.Builder
	caps := []int{}
	for i := 0; i < 12; i++ {
		grow.WriteString("abc")
		if len(caps) == 0 || caps[len(caps)-1] != grow.Cap() {
			caps = append(caps, grow.Cap())
		}
	}
	grow.WriteRune('د')
	grow.WriteByte('!')
	fmt.Println("caps:", caps, "final:", grow.Len(), grow.Cap())

	// Searching and splitting.
	s := "go gopher, go! سلام دنیا، سلام"
	fmt.Println(strings.Index(s, "go"), strings.LastIndex(s, "go"), strings.Count(s, "go"), strings.Count(s, "سلام"))
	fmt.Println(strings.IndexRune(s, 'د'), strings.IndexByte(s, '!'), strings.IndexAny(s, "!,"), strings.LastIndexAny(s, "،,"))
	fmt.Println(strings.IndexFunc(s, unicode.IsPunct), strings.ContainsRune(s, 'ن'), strings.ContainsAny(s, "xyz"))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.SplitAfterN(s, " ", 3))
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
	fmt.Printf("%q\n", strings.FieldsFunc("one1two22three333", unicode.IsDigit))
	before, after, found := strings.Cut(s, "،")
	fmt.Printf("%q %q %v\n", before, after, found)

	// Rewriting.
	r := strings.NewReplacer("سلام", "hello", "دنیا", "world", "go", "Go", "،", ",")
	fmt.Println(r.Replace(s))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"), strings.NewReplacer("", "-").Replace("ab"))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.Replace("banana", "a", "o", 2), strings.Replace("ab", "", "_", -1))
	fmt.Println(strings.ToUpper("ǆemal straße"), strings.ToLower("İSTANBUL ΣΟΦΟΣ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.SimpleFold(r)
	}, "Go Is Fun"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.Trim("¡¡Hola!!", "!¡"), strings.TrimLeft("xxabcxx", "x"), strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Printf("[%s] %q\n", strings.TrimSpace("\u00a0\t سلام \u3000\n"), strings.ToValidUTF8("ok\xff\xfebad", "?"))
	fmt.Println(strings.Repeat("=-", 5), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""))

	defer fmt.Println("deferred calls still run")
	width := len(items) - 10
	fmt.Println(strings.Repeat("#", width))
}

// Output:
// items: 5
// سیب×12; Banana×7; Carrot×30; نان×5; Chili Pepper×3
// report bytes: 61 runes: 50
// FRUIT     2 "سیب|BANANA"
// Vegetable 2 "carrot|Chili pepper"
// bakery    1 "نان"
// dairy     0 ""
// caps: [8 16 32 64] final: 39 64
// 0 11 3 2
// 24 13 9 32
// 9 true false
// ["go" "gopher," "go!" "سلام" "دنیا،" "سلام"]
// ["go " "gopher, " "go! سلام دنیا، سلام"]
// ["a" "�" "b"]
// ["one" "two" "three"]
// "go gopher, go! سلام دنیا" " سلام" true
// Go Gopher, Go! hello world, hello
// 111 -a-b-
// bonono bonona _a_b_
// ǄEMAL STRAßE istanbul σοφοσ ǅ
// gOiſfUN
// [Hola] [abcxx] [file.tar]
// [سلام] "ok?bad"
// =-=-=-=-=- -1 1 0
// deferred calls still run
// Exit: 2
// Stderr: panic: strings: negative Repeat count
