package main

// sync.Mutex: Lock/Unlock around the shared state. 50 goroutines increment the
// same counters 1000 times each; with the mutex no increment is lost.

import (
	"fmt"
	"sync"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

func main() {
	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		defer wg.Done()
		for i := 0; i < n; i++ {
			c.inc(name)
		}
	}
	for i := 0; i < 25; i++ {
		wg.Add(2)
		go doIncrement("a", 1000)
		go doIncrement("b", 400)
	}
	wg.Wait()
	fmt.Println(c.counters)

	// A mutex is not tied to a goroutine: one goroutine may unlock a mutex
	// another one locked. Here it is used as a one-shot signal.
	var m sync.Mutex
	m.Lock()
	go func() {
		fmt.Println("goroutine unlocks the mutex main locked")
		m.Unlock()
	}()
	m.Lock() // waits for the goroutine's Unlock
	fmt.Println("main got the lock again")
	m.Unlock()
}

// Output:
// map[a:25000 b:10000]
// goroutine unlocks the mutex main locked
// main got the lock again
