package main

// sync/atomic functions work on plain int32/int64 variables through pointers:
// Add, Load, Store and CompareAndSwap are indivisible, so no mutex is needed
// for a shared counter.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 1000; c++ {
				atomic.AddInt64(&ops, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops))

	fmt.Println("Add returns the new value:", atomic.AddInt64(&ops, -50000))
	atomic.StoreInt64(&ops, 7)
	fmt.Println("after Store:", atomic.LoadInt64(&ops))
	fmt.Println("CAS 7->8:", atomic.CompareAndSwapInt64(&ops, 7, 8), atomic.LoadInt64(&ops))
	fmt.Println("CAS 7->9:", atomic.CompareAndSwapInt64(&ops, 7, 9), atomic.LoadInt64(&ops))

	// CompareAndSwap as a one-time claim: exactly one goroutine wins.
	var claimed int32
	var winners int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&claimed, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", atomic.LoadInt32(&winners), "claimed:", atomic.LoadInt32(&claimed))

	var small int32 = 2147483647
	fmt.Println("int32 wraps around:", atomic.AddInt32(&small, 1))
	atomic.StoreInt32(&small, -3)
	fmt.Println("Store/Load int32:", atomic.LoadInt32(&small))
}

// Output:
// ops: 50000
// Add returns the new value: 0
// after Store: 7
// CAS 7->8: true 8
// CAS 7->9: false 8
// winners: 1 claimed: 1
// int32 wraps around: -2147483648
// Store/Load int32: -3
