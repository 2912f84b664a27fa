package main

import "fmt"

type Node struct { // ERROR "invalid recursive type Node"
	Value int
	Next  Node
}

func main() {
	n := Node{Value: 1}
	fmt.Println(n.Value)
}
