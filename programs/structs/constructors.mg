package main

import (
	"errors"
	"fmt"
)

type Temperature struct {
	celsius float64
}

func NewTemperature(c float64) (*Temperature, error) {
	if c < -273.15 {
		return nil, errors.New("below absolute zero")
	}
	return &Temperature{celsius: c}, nil
}

func (t *Temperature) Celsius() float64 { return t.celsius }

type Queue struct {
	items []string
	head  int
}

func NewQueue(capacity int) *Queue {
	return &Queue{items: make([]string, 0, capacity)}
}

func (q *Queue) Push(s string) { q.items = append(q.items, s) }
func (q *Queue) Pop() string {
	s := q.items[q.head]
	q.head++
	return s
}
func (q *Queue) Len() int { return len(q.items) - q.head }

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	l, r := n.Left.Height(), n.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

// Constructor functions, new(), zero values, and methods on nil pointers.
func main() {
	for _, c := range []float64{21.5, -300} {
		t, err := NewTemperature(c)
		if err != nil {
			fmt.Println("error:", err, t == nil)
			continue
		}
		fmt.Println(t.Celsius(), *t)
	}

	q := NewQueue(4)
	q.Push("a")
	q.Push("b")
	q.Push("c")
	fmt.Println(q.Pop(), q.Len(), cap(q.items))

	p := new(int)
	*p += 41
	*p++
	fmt.Println(*p)
	pt := new(Temperature)
	fmt.Println(*pt, pt.Celsius())

	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	var out []int
	root.InOrder(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Height())
	var empty *Node
	fmt.Println(empty.Height())

	// Zero values of nested structs are usable.
	var n Node
	fmt.Println(n.Val, n.Left == nil, n.Height())
	fmt.Printf("%+v\n", n)
}

// Output:
// 21.5 {21.5}
// error: below absolute zero true
// a 2 4
// 42
// {0} 0
// [20 30 35 40 50 60 70 80] 4
// 0
// 0 true 1
// {Val:0 Left:<nil> Right:<nil>}
