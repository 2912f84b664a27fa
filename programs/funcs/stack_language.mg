package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A tiny Forth-like stack language: words are closures in a dictionary,
// user definitions extend it, and run-time errors are panics turned into errors.
type Machine struct {
	stack []int
	words map[string]func(m *Machine)
	out   []string
}

var ErrUnderflow = errors.New("stack underflow")

type UnknownWordError struct{ Word string }

func (e *UnknownWordError) Error() string { return "unknown word " + strconv.Quote(e.Word) }

func (m *Machine) push(v int) { m.stack = append(m.stack, v) }

func (m *Machine) pop() int {
	if len(m.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	return v
}

func NewMachine() *Machine {
	m := &Machine{words: map[string]func(*Machine){}}
	binary := func(f func(a, b int) int) func(*Machine) {
		return func(m *Machine) {
			b, a := m.pop(), m.pop()
			m.push(f(a, b))
		}
	}
	m.words["+"] = binary(func(a, b int) int { return a + b })
	m.words["-"] = binary(func(a, b int) int { return a - b })
	m.words["*"] = binary(func(a, b int) int { return a * b })
	m.words["/"] = binary(func(a, b int) int { return a / b })
	m.words["mod"] = binary(func(a, b int) int { return a % b })
	m.words["dup"] = func(m *Machine) { v := m.pop(); m.push(v); m.push(v) }
	m.words["drop"] = func(m *Machine) { m.pop() }
	m.words["swap"] = func(m *Machine) { b, a := m.pop(), m.pop(); m.push(b); m.push(a) }
	m.words["."] = func(m *Machine) { m.out = append(m.out, strconv.Itoa(m.pop())) }
	return m
}

func (m *Machine) Run(src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case error:
				err = e
			default:
				err = fmt.Errorf("%v", e)
			}
		}
	}()
	tokens := strings.Fields(src)
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		if t == ":" { // : name body... ;
			end := i + 2
			for end < len(tokens) && tokens[end] != ";" {
				end++
			}
			name, body := tokens[i+1], strings.Join(tokens[i+2:end], " ")
			m.words[name] = func(m *Machine) {
				if err := m.Run(body); err != nil {
					panic(fmt.Errorf("in %s: %w", name, err))
				}
			}
			i = end
			continue
		}
		if n, convErr := strconv.Atoi(t); convErr == nil {
			m.push(n)
			continue
		}
		w, ok := m.words[strings.ToLower(t)]
		if !ok {
			panic(&UnknownWordError{t})
		}
		w(m)
	}
	return nil
}

func main() {
	programs := []string{
		"2 3 + 4 * .",
		": square dup * ; 7 square . 12 square .",
		": cube dup square * ; 3 cube .",
		"10 3 mod . 10 3 / . -7 2 / .",
		"1 2 swap - .",
		"5 +",
		"1 0 /",
		"4 frobnicate",
		": bad drop drop ; 1 bad",
		"1 2 3 . . .",
	}
	m := NewMachine()
	for _, p := range programs {
		m.out = nil
		err := m.Run(p)
		var uw *UnknownWordError
		fmt.Printf("%-40q out=%v stack=%v\n", p, m.out, m.stack)
		if err != nil {
			fmt.Printf("   error: %v (underflow=%t unknown=%t)\n", err, errors.Is(err, ErrUnderflow), errors.As(err, &uw))
		}
		m.stack = m.stack[:0]
	}
}

// Output:
// "2 3 + 4 * ."                            out=[20] stack=[]
// ": square dup * ; 7 square . 12 square ." out=[49 144] stack=[]
// ": cube dup square * ; 3 cube ."         out=[27] stack=[]
// "10 3 mod . 10 3 / . -7 2 / ."           out=[1 3 -3] stack=[]
// "1 2 swap - ."                           out=[1] stack=[]
// "5 +"                                    out=[] stack=[]
//    error: stack underflow (underflow=true unknown=false)
// "1 0 /"                                  out=[] stack=[]
//    error: runtime error: integer divide by zero (underflow=false unknown=false)
// "4 frobnicate"                           out=[] stack=[4]
//    error: unknown word "frobnicate" (underflow=false unknown=true)
// ": bad drop drop ; 1 bad"                out=[] stack=[]
//    error: in bad: stack underflow (underflow=true unknown=false)
// "1 2 3 . . ."                            out=[3 2 1] stack=[]
