package main

import (
	"fmt"
	"sort"
	"strings"
)

// Count words in a small bilingual text, then print them by frequency.
const text = `the quick brown fox jumps over the lazy dog
the dog sleeps; the fox runs.
روباه سریع از روی سگ می‌پرد و سگ می‌خوابد
سگ`

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			w = strings.Trim(w, ".;,!")
			w = strings.ToLower(w)
			counts[w]++
			total++
		}
	}
	fmt.Println("words:", total, "distinct:", len(counts))

	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	for i, e := range entries {
		if i == 6 {
			break
		}
		fmt.Printf("%-8s %d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}

	// Letter histogram using a [26]int array.
	var hist [26]int
	for _, r := range text {
		if r >= 'a' && r <= 'z' {
			hist[r-'a']++
		}
	}
	var top []string
	for i, n := range hist {
		if n >= 5 {
			top = append(top, fmt.Sprintf("%c=%d", 'a'+i, n))
		}
	}
	fmt.Println(strings.Join(top, " "))

	keys := make([]string, 0, len(counts))
	for k := range counts {
		if counts[k] == 1 && len(k) > 4 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(strings.Contains(text, "lazy"), strings.Index(text, "fox"), strings.Count(text, "سگ"))
}

// Output:
// words: 25 distinct: 18
// the      4 ****
// سگ       3 ***
// dog      2 **
// fox      2 **
// brown    1 *
// jumps    1 *
// e=7 o=6
// [brown jumps quick sleeps روباه روی سریع می‌خوابد می‌پرد]
// true 16 3
