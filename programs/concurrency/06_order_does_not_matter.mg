package main

// Concept 6: use concurrency when the order of the work does not matter.
// Five goroutines check five files at the same time; they finish in whatever
// order the scheduler picks, so the report lines come out in a different order
// from run to run (minigo repeats a run exactly with --seed). Only the set of
// lines is fixed, which is what the test checks (Unordered).

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	files := []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"}
	var mu sync.Mutex
	var wg sync.WaitGroup
	var done []string

	for _, f := range files {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			fmt.Println("checked", name) // printed in any order
			mu.Lock()
			done = append(done, strings.ToUpper(name))
			mu.Unlock()
		}(f)
	}
	wg.Wait()

	// When order does matter again, impose it after the concurrent part.
	sort.Strings(done)
	fmt.Println("all checked:", strings.Join(done, " "))
}

// Output:
// checked e.txt
// checked a.txt
// checked b.txt
// checked c.txt
// checked d.txt
// all checked: A.TXT B.TXT C.TXT D.TXT E.TXT
// Unordered
