package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

// Methods may handle a nil receiver, but reading a field through nil panics.
func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println("length", list.Len())
	n := list
	for i := 0; i < 5; i++ {
		fmt.Println("value", n.Val)
		n = n.Next
	}
	fmt.Println("unreachable")
}

// Output:
// length 3
// value 1
// value 2
// value 3
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
