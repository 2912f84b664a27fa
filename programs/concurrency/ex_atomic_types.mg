package main

// The atomic types (Go 1.19): atomic.Int64, atomic.Int32 and atomic.Bool.
// Their zero value is ready to use; every method is atomic. Embedding them in
// a struct keeps the data and its only allowed access together.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	ready    atomic.Bool
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.requests.Add(10)
			if i%4 == 0 {
				s.errors.Add(1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("requests:", s.requests.Load(), "errors:", s.errors.Load())

	fmt.Println("Swap returns the old value:", s.requests.Swap(5), s.requests.Load())
	s.requests.Store(100)
	fmt.Println("CAS 100->101:", s.requests.CompareAndSwap(100, 101), s.requests.Load())
	fmt.Println("CAS 100->102:", s.requests.CompareAndSwap(100, 102), s.requests.Load())
	fmt.Println("Int32 Swap:", s.errors.Swap(-1), s.errors.Load())
	fmt.Println("Int32 CAS:", s.errors.CompareAndSwap(-1, 0), s.errors.Load())

	fmt.Println("ready:", s.ready.Load())
	s.ready.Store(true)
	fmt.Println("Bool Swap(false) returns:", s.ready.Swap(false), "now", s.ready.Load())
	fmt.Println("Bool CAS false->true:", s.ready.CompareAndSwap(false, true), s.ready.Load())

	// A flag another goroutine waits for.
	var done atomic.Bool
	var result atomic.Int64
	go func() {
		result.Store(42)
		done.Store(true)
	}()
	for !done.Load() {
	}
	fmt.Println("result after the flag:", result.Load())
}

// Output:
// requests: 400 errors: 10
// Swap returns the old value: 400 5
// CAS 100->101: true 101
// CAS 100->102: false 101
// Int32 Swap: 10 -1
// Int32 CAS: true 0
// ready: false
// Bool Swap(false) returns: true now false
// Bool CAS false->true: true true
// result after the flag: 42
