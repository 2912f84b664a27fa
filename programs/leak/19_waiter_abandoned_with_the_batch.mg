package main

// uploadBatch uploads files in parallel and waits for them with a timeout:
// a helper goroutine runs wg.Wait() and closes done, and the caller selects
// on done and time.After. An upload that finds its file too large returns
// early without wg.Done(), so the counter never reaches zero. The caller
// gives up at the timeout and moves on to the next batch, abandoning the
// helper: once the uploads have returned, no goroutine that can still run
// can reach the WaitGroup, and the helper waits in wg.Wait() forever. Each
// bad batch leaks one helper, found while the uploader keeps running.
// GoBench kind: goroutine leak / WaitGroup (missing Done, Wait-er abandoned).

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

const maxSize = 100

func upload(name string, size int, wg *sync.WaitGroup) {
	if size > maxSize {
		fmt.Println("skip", name, "(too large)")
		return // BUG: no wg.Done() on this path
	}
	wg.Done() // uploaded
}

func uploadBatch(files map[string]int, order []string) error {
	var wg sync.WaitGroup
	wg.Add(len(order))
	for _, name := range order {
		go upload(name, files[name], &wg)
	}
	done := make(chan struct{})
	go func() {
		wg.Wait() // a skipped upload never calls Done: waits forever
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-time.After(30 * time.Millisecond):
		return errors.New("timed out")
	}
}

func main() {
	files := map[string]int{"a.txt": 10, "b.iso": 700, "c.txt": 20, "d.mkv": 900}
	batches := [][]string{{"a.txt", "b.iso"}, {"c.txt"}, {"d.mkv", "a.txt"}}
	for i, b := range batches {
		err := uploadBatch(files, b)
		fmt.Printf("batch %d: %v\n", i+1, err)
	}
	for tick := 0; tick < 5; tick++ {
		time.Sleep(30 * time.Millisecond) // idle: waiting for the next batches
	}
	fmt.Println("uploader idle")
}

// Output:
// skip b.iso (too large)
// batch 1: timed out
// batch 2: <nil>
// skip d.mkv (too large)
// batch 3: timed out
// uploader idle
// Exit: 0
// Leaks: 2
// Report: 25 37 38
// Found: 2
