package main

// A dispatcher goroutine takes jobs from an unbuffered queue. A job whose
// dependency has not run yet is "put back" by sending it into the same queue
// (the "peek" mistake). But an unbuffered channel holds nothing: the send
// waits for a receiver, and the only receiver is the dispatcher itself.
// main, meanwhile, is blocked sending the next job.
// GoBench kind: communication deadlock / channel (re-queue into own channel).

import "fmt"

type job struct {
	name  string
	after string
}

func dispatcher(queue chan job, done chan<- bool) {
	finished := map[string]bool{}
	for j := range queue {
		if j.after != "" && !finished[j.after] {
			fmt.Println("not ready:", j.name, "waits for", j.after)
			queue <- j // BUG: re-queues into an unbuffered channel only this goroutine reads
			continue
		}
		fmt.Println("ran", j.name)
		finished[j.name] = true
	}
	done <- true
}

func main() {
	queue := make(chan job)
	done := make(chan bool)
	go dispatcher(queue, done)
	for _, j := range []job{{"compile", ""}, {"deploy", "test"}, {"test", "compile"}} {
		queue <- j // the send of "test" finds no receiver
	}
	close(queue)
	<-done
}

// Output:
// ran compile
// not ready: deploy waits for test
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 22 36
