package main

// A price engine starts computing a quote speculatively, in a goroutine,
// while it checks its cache. On a cache hit it uses the cached quote and
// never receives the speculative one, so that goroutine blocks forever on
// its send. The engine then crunches numbers for a long while without ever
// sleeping or waiting: the leak check still runs, paced by the work done
// (every so many thousand units of scheduling work), and finds the stuck
// goroutine while main is busy computing.
// GoBench kind: goroutine leak / channel (speculative work abandoned).

import "fmt"

var cache = map[string]int{"AAPL": 187}

func computeQuote(sym string) int {
	q := 0
	for _, c := range sym {
		q = q*31 + int(c)
	}
	return q % 1000
}

func quote(sym string) int {
	result := make(chan int) // BUG: unbuffered: on a cache hit nobody receives
	go func() {
		result <- computeQuote(sym)
	}()
	if q, ok := cache[sym]; ok {
		return q
	}
	return <-result
}

// risk is CPU-bound work: a long loop, no channel, no sleep.
func risk(n int) int {
	h := 17
	for i := 0; i < n; i++ {
		h = (h*31 + i) % 1000003
	}
	return h
}

func main() {
	fmt.Println("AAPL quote:", quote("AAPL"))
	fmt.Println("risk:", risk(6000000))
}

// Output:
// AAPL quote: 187
// risk: 68966
// Exit: 0
// Leaks: 1
// Report: 25 27
// Found: 1
