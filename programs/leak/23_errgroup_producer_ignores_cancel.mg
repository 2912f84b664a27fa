package main

// An import runs a producer and a consumer in a small errgroup (a
// WaitGroup, the first error, and a context cancelled on that error, as in
// golang.org/x/sync/errgroup). The consumer rejects a bad record and
// returns its error, and the group cancels the context, but the producer
// sends with a plain `records <- l` and never looks at ctx.Done(): it blocks
// forever on a channel that nobody can reach any more. The caller waits
// for the group with a timeout, so the goroutine running g.Wait() is left
// behind too, waiting on a WaitGroup that only the stuck producer could
// finish. The tool goes on with the next file; both are found.
// GoBench kind: goroutine leak / channel (producer whose consumer returned early).

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Group is errgroup.Group, reduced to what this tool uses.
type Group struct {
	cancel  func()
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait() // the producer never returns: waits forever
	g.cancel()
	return g.err
}

func importFile(lines []string) error {
	g, ctx := WithContext(context.Background())
	records := make(chan string)
	g.Go(func() error {
		defer close(records)
		for _, l := range lines {
			records <- l // BUG: should select on ctx.Done() too
		}
		return nil
	})
	g.Go(func() error {
		for r := range records {
			if strings.Contains(r, ",,") {
				return fmt.Errorf("bad record %q", r)
			}
		}
		return nil
	})
	_ = ctx
	done := make(chan error, 1)
	go func() { done <- g.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(30 * time.Millisecond):
		return errors.New("import timed out")
	}
}

func main() {
	files := [][]string{
		{"ann,1", "bob,2"},
		{"cid,3", "dan,,4", "eve,5", "fay,6"},
		{"gus,7"},
	}
	for i, f := range files {
		fmt.Printf("file %d: %v\n", i+1, importFile(f))
	}
	for tick := 0; tick < 5; tick++ {
		time.Sleep(30 * time.Millisecond) // idle: waiting for more files
	}
}

// Output:
// file 1: <nil>
// file 2: import timed out
// file 3: <nil>
// Exit: 0
// Leaks: 2
// Report: 50 57 61
// Found: 2
