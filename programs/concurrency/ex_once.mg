package main

// sync.Once runs a function exactly once, however many goroutines call Do,
// and every Do returns only after that one call has finished. If the function
// panics, Do still counts it as done: later calls do nothing.

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func loadConfig() {
	loads++
	config = map[string]string{"mode": "debug"}
}

func main() {
	var wg sync.WaitGroup
	modes := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(loadConfig)
			modes[i] = config["mode"] // safe: Do returned after loadConfig
		}(i)
	}
	wg.Wait()
	fmt.Println("loads:", loads, "mode seen by all:", modes[0] == "debug" && modes[9] == "debug")

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("init failed") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran its function:", ran)

	// A different function does not matter: Once is about the Once value.
	var o2 sync.Once
	o2.Do(func() { fmt.Println("first function") })
	o2.Do(func() { fmt.Println("second function: never") })
}

// Output:
// loads: 1 mode seen by all: true
// recovered: init failed
// second Do ran its function: false
// first function
