package main

// Contexts form a tree. Cancelling a context cancels everything derived from
// it, but never its parent or its siblings. Each goroutine that watches a
// context sees the cancellation through its own ctx.Done().

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func watch(ctx context.Context, name string, wg *sync.WaitGroup, out []string, i int) {
	defer wg.Done()
	<-ctx.Done()
	out[i] = fmt.Sprintf("%s stopped: %v", name, ctx.Err())
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()
	defer cancelB()

	cancelA() // cancels a and a1, not root or b
	fmt.Println("root:", root.Err(), "| a:", a.Err(), "| a1:", a1.Err(), "| b:", b.Err())

	// A context derived from an already cancelled one is born cancelled.
	late, cancelLate := context.WithCancel(a)
	defer cancelLate()
	fmt.Println("derived after cancel:", late.Err())

	var wg sync.WaitGroup
	out := make([]string, 3)
	wg.Add(3)
	go watch(root, "root watcher", &wg, out, 0)
	go watch(b, "b watcher", &wg, out, 1)
	b2, cancelB2 := context.WithCancel(b)
	defer cancelB2()
	go watch(b2, "b2 watcher", &wg, out, 2)

	cancelRoot() // reaches b and b2 as well
	wg.Wait()
	for _, line := range out {
		fmt.Println(line)
	}
	fmt.Println("errors.Is(b2.Err(), context.Canceled):", errors.Is(b2.Err(), context.Canceled))
}

// Output:
// root: <nil> | a: context canceled | a1: context canceled | b: <nil>
// derived after cancel: context canceled
// root watcher stopped: context canceled
// b watcher stopped: context canceled
// b2 watcher stopped: context canceled
// errors.Is(b2.Err(), context.Canceled): true
