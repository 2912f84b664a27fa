package main

// WithValue attaches a key-value pair to a context; Value looks the key up in
// this context and then in its ancestors. Use an unexported key type so that
// keys from different packages can never collide.

import (
	"context"
	"fmt"
)

type ctxKey string

const (
	userKey  ctxKey = "user"
	traceKey ctxKey = "trace"
)

func handle(ctx context.Context, out chan<- string) {
	user, ok := ctx.Value(userKey).(string)
	out <- fmt.Sprintf("handling for %q (found: %v), trace %v", user, ok, ctx.Value(traceKey))
}

func main() {
	base := context.WithValue(context.Background(), userKey, "sara")
	withTrace := context.WithValue(base, traceKey, 42)
	cancelable, cancel := context.WithCancel(withTrace)
	defer cancel()

	out := make(chan string)
	go handle(cancelable, out) // values are visible through the cancel context
	fmt.Println(<-out)
	go handle(context.Background(), out)
	fmt.Println(<-out)

	fmt.Println("missing key:", withTrace.Value(ctxKey("nope")))
	fmt.Println("plain string key is a different key:", withTrace.Value("user"))

	// A nearer value hides the one in the parent.
	shadow := context.WithValue(withTrace, userKey, "reza")
	fmt.Println(shadow.Value(userKey), base.Value(userKey))
	fmt.Println("values do not cancel:", shadow.Err(), shadow.Done() == nil)

	// A context prints as its chain of derivations; values that are neither
	// strings nor Stringers are not shown.
	fmt.Println(withTrace)
	fmt.Println(cancelable)
}

// Output:
// handling for "sara" (found: true), trace 42
// handling for "" (found: false), trace <nil>
// missing key: <nil>
// plain string key is a different key: <nil>
// reza sara
// values do not cancel: <nil> true
// context.Background.WithValue(type main.ctxKey, val sara).WithValue(type main.ctxKey, val <not Stringer>)
// context.Background.WithValue(type main.ctxKey, val sara).WithValue(type main.ctxKey, val <not Stringer>).WithCancel
