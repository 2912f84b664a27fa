package main

// The WaitGroup is sized for the whole batch up front; a later change added
// the per-iteration wg.Add(1) as well. Each fetcher calls Done once, so the
// counter goes 3 + 3 - 3 = 3 and wg.Wait never returns.
// GoBench kind: blocking bug / WaitGroup (Add called twice for the same work).

import (
	"fmt"
	"sync"
)

func main() {
	urls := []string{"/home", "/about", "/contact"}
	sizes := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(len(urls))
	for _, u := range urls {
		wg.Add(1) // BUG: this work was already counted by wg.Add(len(urls)) above
		go func(u string) {
			defer wg.Done()
			mu.Lock()
			sizes[u] = len(u) * 100
			mu.Unlock()
		}(u)
	}
	fmt.Println("fetching", len(urls), "pages")
	wg.Wait()
	fmt.Println("never printed:", sizes)
}

// Output:
// fetching 3 pages
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 20 29
