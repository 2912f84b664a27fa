package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type Clicks struct {
	n int
}

func (c *Clicks) Inc() {
	c.n++
}

func (c Clicks) Value() int {
	return c.n
}

func main() {
	var c Counter = Clicks{} // ERROR "Clicks does not implement Counter \(method Inc has pointer receiver\)"
	c.Inc()
	fmt.Println(c.Value())
	var ok Counter = &Clicks{}
	ok.Inc()
	fmt.Println(ok.Value())
}
