package main

import (
	"fmt"
	"sort"
)

// Insert, update, delete and look up with the comma-ok form.
func main() {
	capitals := map[string]string{
		"Iran":   "Tehran",
		"France": "Paris",
		"Japan":  "Tokyo",
	}
	capitals["Italy"] = "Rome"
	capitals["France"] = "Paris (updated)"
	fmt.Println(len(capitals), capitals)

	for _, country := range []string{"Japan", "Spain", "Iran"} {
		if city, ok := capitals[country]; ok {
			fmt.Printf("%s -> %s\n", country, city)
		} else {
			fmt.Printf("%s -> unknown (zero value %q)\n", country, city)
		}
	}

	delete(capitals, "Japan")
	delete(capitals, "Atlantis") // deleting a missing key is fine
	_, stillThere := capitals["Japan"]
	fmt.Println(len(capitals), stillThere)

	// Reading a missing key gives the zero value, so counters just work.
	votes := map[string]int{}
	for _, v := range []string{"yes", "no", "yes", "yes", "abstain", "no"} {
		votes[v]++
	}
	fmt.Println(votes, votes["maybe"])

	// Iterate in a stable order by sorting the keys.
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %d\n", k, votes[k])
	}

	// Summing over a map does not depend on the order.
	total := 0
	for _, n := range votes {
		total += n
	}
	fmt.Println("total", total)

	// Maps are references: a function can modify the caller's map.
	addDefaults(capitals)
	fmt.Println(capitals["Germany"], len(capitals))

	// Deleting during iteration is allowed.
	for k := range capitals {
		if len(k) > 5 {
			delete(capitals, k)
		}
	}
	fmt.Println(capitals)

	// Boolean maps as sets.
	seen := map[int]bool{}
	dups := []int{}
	for _, n := range []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} {
		if seen[n] {
			dups = append(dups, n)
		}
		seen[n] = true
	}
	fmt.Println(dups, len(seen))
}

func addDefaults(m map[string]string) {
	m["Germany"] = "Berlin"
}

// Output:
// 4 map[France:Paris (updated) Iran:Tehran Italy:Rome Japan:Tokyo]
// Japan -> Tokyo
// Spain -> unknown (zero value "")
// Iran -> Tehran
// 3 false
// map[abstain:1 no:2 yes:3] 0
// abstain  1
// no       2
// yes      3
// total 6
// Berlin 4
// map[Iran:Tehran Italy:Rome]
// [1 5 3 5] 7
