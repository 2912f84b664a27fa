package main

// An image resizer skips files that are not PNGs. The author did use
// `defer wg.Done()`, but placed it after the early return for skipped files,
// so on that path the defer is never registered and Done never happens.
// wg.Wait waits for a count that can no longer reach zero.
// GoBench kind: blocking bug / WaitGroup (missing Done on an early return).

import (
	"fmt"
	"strings"
	"sync"
)

func resize(name string, wg *sync.WaitGroup, out chan<- string) {
	if !strings.HasSuffix(name, ".png") {
		out <- "skipped " + name
		return // BUG: returns before `defer wg.Done()` below is registered
	}
	defer wg.Done()
	out <- "resized " + name
}

func main() {
	names := []string{"a.png", "notes.txt", "c.png"}
	out := make(chan string, len(names))
	var wg sync.WaitGroup
	wg.Add(len(names))
	for _, n := range names {
		go resize(n, &wg, out)
	}
	fmt.Println("resizing", len(names), "files")
	wg.Wait()
	close(out)
	for m := range out {
		fmt.Println(m)
	}
}

// Output:
// resizing 3 files
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 18 33
