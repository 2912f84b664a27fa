package main

import "fmt"

type Logger interface {
	Log(msg string)
}

type console struct{ prefix string }

func (c console) Log(msg string) { fmt.Println(c.prefix + msg) }

type Service struct {
	name string
	log  Logger // forgot to set for one service
}

func (s *Service) Start() {
	s.log.Log(s.name + " started")
}

// Calling a method on a nil interface value is a nil pointer dereference.
func main() {
	services := []*Service{
		{"api", console{"[api] "}},
		{"db", console{"[db] "}},
		{"cache", nil},
	}
	for _, s := range services {
		s.Start()
	}
}

// Output:
// [api] api started
// [db] db started
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
