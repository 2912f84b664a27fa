package main

// Concept 16: GOMAXPROCS is the number of processors (Ps) running Go code at
// once. It defaults to the number of CPU cores and can be set by the GOMAXPROCS
// environment variable or by runtime.GOMAXPROCS(n), which returns the previous
// value; n < 1 only reads it.

import (
	"fmt"
	"runtime"
	"sync"
)

func count(workers int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return n
}

func main() {
	original := runtime.GOMAXPROCS(0) // read without changing
	fmt.Println("at least one CPU:", runtime.NumCPU() >= 1)
	fmt.Println("at least one P:", original >= 1)

	fmt.Println("set 3, previous was original:", runtime.GOMAXPROCS(3) == original)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("set 1, returns previous:", runtime.GOMAXPROCS(1))
	fmt.Println("n < 1 does not change it:", runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(0))
	fmt.Println("count with 1 P:", count(8))
	runtime.GOMAXPROCS(4)
	fmt.Println("count with 4 Ps:", count(8))
	runtime.GOMAXPROCS(original)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == original)
}

// Output:
// at least one CPU: true
// at least one P: true
// set 3, previous was original: true
// now: 3
// set 1, returns previous: 3
// n < 1 does not change it: 1 1
// count with 1 P: 8000
// count with 4 Ps: 8000
// restored: true
