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
	total := c.Value + 1 // ERROR "cannot convert 1 \(untyped int constant\) to (type )?func\(\) int"
	var n int = c.Value // ERROR "cannot use c.Value \(value of type func\(\) int\) as int value in variable declaration"
	fmt.Println(n)
	fmt.Println(total)
}
