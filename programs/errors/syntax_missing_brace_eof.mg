package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) {
	s.items = append(s.items, v)
}

func main() {
	s := &Stack{}
	for i := 0; i < 3; i++ {
		s.Push(i)
	}
	if len(s.items) > 0 {
		fmt.Println(s.items)
} // ERROR "unexpected (EOF|end of file), expected \}"
