package main

import (
	"fmt"
	"os"
)

func usage() {
	fmt.Fprintln(os.Stderr, "usage: greet NAME [NAME...]")
	os.Exit(1)
}

// A command-line tool reports misuse on standard error and exits with status 1.
func main() {
	defer fmt.Println("never printed: os.Exit skips deferred calls")
	names := os.Args[1:]
	if len(names) == 0 {
		usage()
	}
	for _, n := range names {
		fmt.Println("hello,", n)
	}
}

// Output:
// Exit: 1
// Stderr: usage: greet NAME [NAME...]
