package main

// WithTimeout and WithDeadline cancel the context by themselves when the time
// is up; Err is then context.DeadlineExceeded. The cancel function can still
// end it earlier (Err is then context.Canceled) and must always be called.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, work <-chan string) (string, error) {
	select {
	case r := <-work:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err := slowOperation(ctx, nil) // nil work channel: the result never comes
	fmt.Println("timeout:", err, errors.Is(err, context.DeadlineExceeded))

	ready := make(chan string, 1)
	ready <- "fast result"
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	res, err := slowOperation(ctx2, ready)
	fmt.Println("in time:", res, err)
	dl, ok := ctx2.Deadline()
	fmt.Println("has deadline:", ok, "in the future:", time.Until(dl) > 50*time.Minute)
	cancel2()
	fmt.Println("cancelled early:", ctx2.Err())

	past := time.Now().Add(-time.Second)
	ctx3, cancel3 := context.WithDeadline(context.Background(), past)
	defer cancel3()
	fmt.Println("deadline already passed:", ctx3.Err())
	dl3, _ := ctx3.Deadline()
	fmt.Println("Deadline() returns it:", dl3.Equal(past))

	// A child cannot outlive its parent's deadline.
	parent, cancelP := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithTimeout(parent, time.Hour)
	defer cancelC()
	pdl, _ := parent.Deadline()
	cdl, _ := child.Deadline()
	fmt.Println("child deadline = parent deadline:", cdl.Equal(pdl))
	<-child.Done()
	fmt.Println("child:", child.Err(), "| parent:", parent.Err())
}

// Output:
// timeout: context deadline exceeded true
// in time: fast result <nil>
// has deadline: true in the future: true
// cancelled early: context canceled
// deadline already passed: context deadline exceeded
// Deadline() returns it: true
// child deadline = parent deadline: true
// child: context deadline exceeded | parent: context deadline exceeded
