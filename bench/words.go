package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A strings/maps/slices workload: generate 300k words, count them, rank them,
// and build a long joined string. Its CPython twin is words.py.
func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog while seven " +
		"curious cats watch from a sunny window and dream of fish")
	var b strings.Builder
	seed := uint32(42)
	for i := 0; i < 300000; i++ {
		seed = seed*1664525 + 1013904223
		b.WriteString(words[int(seed>>16)%len(words)])
		b.WriteByte(' ')
	}
	text := b.String()
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[strings.ToUpper(w[:1])+w[1:]]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:5] {
		fmt.Println(k, counts[k])
	}
	parts := make([]string, 0, 16)
	for i := 0; i < 200000; i++ {
		parts = append(parts, strconv.Itoa(i%997))
	}
	joined := strings.Join(parts, ",")
	fmt.Println(len(joined), strings.Count(joined, "7"), len(strings.Split(joined, ",")))
}
