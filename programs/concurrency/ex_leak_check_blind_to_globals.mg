package main

// What the leak check cannot see: a channel kept in a package-level
// variable. An event logger ranges over the package's events channel, and
// main forgets to close it, so the logger waits forever: a real leak. But
// any goroutine could still send on a package variable's channel at any
// time, so by reachability the logger can still be woken, and the check
// (like Go 1.26's goroutineleak profile, whose roots include globals) says
// nothing while the program runs. When main returns, minigo reports no leak
// either: the same reachability decides, and the logger counts as a
// goroutine that was still running (nothing proves that it was stuck).
// Keeping such a channel in a local or a field, owned by whoever closes it,
// is what lets minigo find the mistake (programs/leak/04 has a logger like
// this one, on a local channel: it is reported as leaked when main returns).

import (
	"fmt"
	"time"
)

var events = make(chan string)

func logger(written chan<- int) {
	n := 0
	for e := range events { // never closed: waits forever after the last event
		n++
		fmt.Println("log:", e)
		written <- n
	}
}

func main() {
	written := make(chan int)
	go logger(written)
	for _, e := range []string{"start", "login", "logout"} {
		events <- e
		<-written
	}
	// BUG: no close(events). The program goes on working; the check runs
	// while main sleeps and finds nothing to report.
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main done")
}

// Output:
// log: start
// log: login
// log: logout
// main done
