package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

func (f *File) Close() error { return nil }

type Pipe struct{}

func shutdown(resources []interface{}) {
	for _, r := range resources {
		c := r.(Closer) // panics for values without a Close method
		fmt.Println("closing", r, c.Close())
	}
}

// Asserting to an interface the dynamic type does not implement panics with
// the name of the missing method.
func main() {
	shutdown([]interface{}{&File{"a.txt"}, &File{"b.txt"}, Pipe{}})
}

// Output:
// closing &{a.txt} <nil>
// closing &{b.txt} <nil>
// Exit: 2
// Stderr: panic: interface conversion: main.Pipe is not main.Closer: missing method Close
