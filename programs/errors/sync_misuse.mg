package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.lock() // ERROR "c.mu.lock undefined \(type sync.Mutex has no field or method lock, but does have Lock\)"
	c.n[key]++
	c.mu.Unlock()
}

func main() {
	c := SafeCounter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add() // ERROR "not enough arguments in call to wg.Add"
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait(1) // ERROR "too many arguments in call to wg.Wait"
	fmt.Println(c.n["k"])
}
