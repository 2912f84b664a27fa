package main

import "fmt"

type Cache struct {
	data map[string]int
}

func (c *Cache) Flush() {
	fmt.Println("flushed", len(c.data))
}

func main() {
	c := &Cache{data: map[string]int{"a": 1}}
	defer c.Flush // ERROR "expression in defer must be function call"
	done := make(chan bool)
	go func() { // ERROR "expression in go must be function call"
		done <- true
	}
	<-done
}
