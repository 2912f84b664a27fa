package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	lines []string
	pos   int
}

func (b *Buffer) Read() (string, bool) {
	if b.pos >= len(b.lines) {
		return "", false
	}
	b.pos++
	return b.lines[b.pos-1], true
}

func (b *Buffer) Write(s string) { b.lines = append(b.lines, s) }

type Upper struct{ w Writer }

func (u Upper) Write(s string) { u.w.Write(strings.ToUpper(s)) }

// A decorator that counts writes, embedding the interface it wraps.
type Counting struct {
	Writer
	n int
}

func (c *Counting) Write(s string) {
	c.n++
	c.Writer.Write(s)
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		dst.Write(s)
		n++
	}
}

// Interfaces composed from smaller ones, and structs that embed interfaces.
func main() {
	src := &Buffer{lines: []string{"alpha", "beta", "gamma"}}
	dst := &Buffer{}
	n := copyAll(Upper{dst}, src)
	fmt.Println(n, dst.lines)

	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	line, _ := rw.Read()
	fmt.Println(line)

	var w Writer = rw // a ReadWriter is a Writer
	w.Write("three")
	if r, ok := w.(Reader); ok {
		l, _ := r.Read()
		fmt.Println("still readable:", l)
	}

	counter := &Counting{Writer: dst}
	copyAll(counter, &Buffer{lines: []string{"x", "y"}})
	fmt.Println(counter.n, dst.lines)

	// Any type with the right methods fits, including function adapters.
	var logged []string
	var fw Writer = WriterFunc(func(s string) { logged = append(logged, "log:"+s) })
	fw.Write("hello")
	copyAll(fw, &Buffer{lines: []string{"a", "b"}})
	fmt.Println(logged)
}

type WriterFunc func(string)

func (f WriterFunc) Write(s string) { f(s) }

// Output:
// 3 [ALPHA BETA GAMMA]
// one
// still readable: two
// 2 [ALPHA BETA GAMMA x y]
// [log:hello log:a log:b]
