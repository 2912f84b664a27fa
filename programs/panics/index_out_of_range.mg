package main

import "fmt"

type Ring struct {
	buf  []int
	next int
}

func (r *Ring) Push(v int) {
	r.buf[r.next] = v
	r.next++ // bug: forgets to wrap around
}

// A ring buffer that forgets to wrap: the fourth push indexes past the end.
func main() {
	r := &Ring{buf: make([]int, 3)}
	for i := 1; i <= 5; i++ {
		fmt.Println("push", i)
		r.Push(i * 10)
	}
	fmt.Println("unreachable", r.buf)
}

// Output:
// push 1
// push 2
// push 3
// push 4
// Exit: 2
// Stderr: panic: runtime error: index out of range [3] with length 3
