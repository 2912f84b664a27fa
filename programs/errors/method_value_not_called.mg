package main

import "fmt"

type Counter struct {
	mu    chan bool
	count int
}

func (c *Counter) Inc() {
	c.count++
}

func (c *Counter) Value() int {
	return c.count
}

func main() {
	c := &Counter{}
	c.Inc // ERROR "c.Inc \(value of type func\(\)\) is not used"
	fmt.Println(c.Value)
	total := c.Value + 1 // ERROR "mismatched types func\(\) int and untyped int|cannot convert 1"
	fmt.Println(total)
}
