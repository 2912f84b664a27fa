package main

import "fmt"

type ExitCode int

type State string

func (s State) Next() State {
	switch s {
	case "idle":
		return "running"
	case "running":
		return "done"
	}
	panic(ExitCode(len(s)))
}

// A panic value of a named basic type prints as type(value).
func main() {
	s := State("idle")
	for i := 0; i < 4; i++ {
		fmt.Println(i, s)
		s = s.Next()
	}
}

// Output:
// 0 idle
// 1 running
// 2 done
// Exit: 2
// Stderr: panic: main.ExitCode(4)
