package main

// context.Background and context.TODO are empty root contexts: never
// cancelled, no deadline, no values, and a nil Done channel. Every other
// context is derived from one of them.

import (
	"context"
	"fmt"
)

func describe(name string, ctx context.Context) {
	dl, ok := ctx.Deadline()
	fmt.Printf("%-10s %v | Done nil: %v | Err: %v | deadline set: %v (zero: %v) | Value: %v\n",
		name, ctx, ctx.Done() == nil, ctx.Err(), ok, dl.IsZero(), ctx.Value("k"))
}

func main() {
	describe("Background", context.Background())
	describe("TODO", context.TODO())

	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	fmt.Println("Done nil:", ctx.Done() == nil, "Err:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("never: not cancelled yet")
	default:
		fmt.Println("not done yet")
	}
	cancel()
	<-ctx.Done() // closed now: receives at once, again and again
	<-ctx.Done()
	fmt.Println("after cancel:", ctx.Err())
	cancel() // calling cancel again is harmless
	fmt.Println("after a second cancel:", ctx.Err())
	fmt.Println("same Done channel every time:", ctx.Done() == ctx.Done())

	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Println(context.Canceled.Error() == "context canceled")
}

// Output:
// Background context.Background | Done nil: true | Err: <nil> | deadline set: false (zero: true) | Value: <nil>
// TODO       context.TODO | Done nil: true | Err: <nil> | deadline set: false (zero: true) | Value: <nil>
// context.Background.WithCancel
// Done nil: false Err: <nil>
// not done yet
// after cancel: context canceled
// after a second cancel: context canceled
// same Done channel every time: true
// context canceled
// context deadline exceeded
// true
