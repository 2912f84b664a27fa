package main

// The three channel panics are run-time errors: recover returns a value that
// is an error (a runtime.Error) whose text is Go's message. A goroutine
// blocked in a send panics too when the channel is closed under it.

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-22s recovered %q (runtime.Error: %v)\n", name, fmt.Sprint(r), isRuntime)
	}()
	f()
}

func main() {
	try("send on closed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	try("close of closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("close of nil", func() {
		var ch chan int
		close(ch)
	})

	ch := make(chan int)
	result := make(chan string)
	go func() {
		defer func() { result <- fmt.Sprint("blocked sender: ", recover()) }()
		ch <- 1 // nobody ever receives
	}()
	// Whether the sender is already blocked when close happens, or only
	// reaches its send afterwards, it panics with the same message.
	close(ch)
	fmt.Println(<-result)
}

// Output:
// send on closed         recovered "send on closed channel" (runtime.Error: true)
// close of closed        recovered "close of closed channel" (runtime.Error: true)
// close of nil           recovered "close of nil channel" (runtime.Error: true)
// blocked sender: send on closed channel
