package main

import (
	"fmt"
	"sort"
)

type Edge struct{ From, To string }

// A map of slices as an adjacency list: group, traverse, and invert.
func main() {
	edges := []Edge{
		{"home", "work"}, {"home", "gym"}, {"work", "cafe"},
		{"gym", "cafe"}, {"cafe", "home"}, {"work", "library"},
	}
	graph := map[string][]string{}
	for _, e := range edges {
		graph[e.From] = append(graph[e.From], e.To)
	}
	fmt.Println(graph)
	fmt.Println(len(graph["library"]), graph["library"] == nil)

	// Breadth-first search from home.
	dist := map[string]int{"home": 0}
	queue := []string{"home"}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, nb := range graph[cur] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[cur] + 1
				queue = append(queue, nb)
			}
		}
	}
	fmt.Println(dist)

	// Invert: who points to each place?
	incoming := make(map[string][]string)
	for from, tos := range graph {
		for _, to := range tos {
			incoming[to] = append(incoming[to], from)
		}
	}
	for _, v := range incoming {
		sort.Strings(v)
	}
	fmt.Println(incoming)

	// Group words by length.
	byLen := map[int][]string{}
	for _, w := range []string{"go", "rust", "c", "java", "zig", "lua", "ocaml"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, byLen[l])
	}

	// Nested maps need the inner map created before use.
	scores := map[string]map[string]int{}
	add := func(student, subject string, score int) {
		if scores[student] == nil {
			scores[student] = map[string]int{}
		}
		scores[student][subject] = score
	}
	add("maryam", "math", 19)
	add("maryam", "art", 17)
	add("kian", "math", 14)
	fmt.Println(scores, len(scores["nobody"]))
}

// Output:
// map[cafe:[home] gym:[cafe] home:[work gym] work:[cafe library]]
// 0 true
// map[cafe:2 gym:1 home:0 library:2 work:1]
// map[cafe:[gym work] gym:[home] home:[cafe] library:[work] work:[home]]
// 1 [c]
// 2 [go]
// 3 [zig lua]
// 4 [rust java]
// 5 [ocaml]
// map[kian:map[math:14] maryam:map[art:17 math:19]] 0
