package main

import (
	"fmt"
	"sort"
	"strings"
)

// Group anagrams with a map keyed by the sorted letters of each word.
func key(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "Tinsel", "banana", "inlets", "gogole", "cat", "act", "tac", "dog"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}

	var keys []string
	for k, g := range groups {
		if len(g) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-7s %d %v\n", k, len(groups[k]), groups[k])
	}
	fmt.Println(len(groups))

	// Character frequency comparison as another anagram test.
	same := func(a, b string) bool {
		if len(a) != len(b) {
			return false
		}
		freq := map[rune]int{}
		for _, r := range a {
			freq[r]++
		}
		for _, r := range b {
			freq[r]--
			if freq[r] < 0 {
				return false
			}
		}
		return true
	}
	fmt.Println(same("مادر", "دامر"), same("abc", "abd"), same("aab", "abb"))
}

// Output:
// eilnst  5 [listen silent enlist Tinsel inlets]
// act     3 [cat act tac]
// eggloo  2 [google gogole]
// 5
// true false false
