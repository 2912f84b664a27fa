package main

// time.Duration is an int64 count of nanoseconds with a String method that
// picks readable units. time.Since(t) is time.Now().Sub(t).

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		1500 * time.Nanosecond,
		2 * time.Microsecond,
		1500 * time.Microsecond,
		time.Second,
		1500 * time.Millisecond,
		90 * time.Second,
		90 * time.Minute,
		26*time.Hour + 3*time.Second + 4*time.Millisecond,
		-2 * time.Second,
		time.Duration(1<<63 - 1),
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 2*time.Second + 250*time.Millisecond
	fmt.Printf("%v | %s | %d | %T\n", d, d, d, d)
	fmt.Println(d.Seconds(), d.Milliseconds(), d.String())
	fmt.Println(time.Duration(90) * time.Millisecond / 1000)
	fmt.Println(time.Hour / time.Minute, time.Second > time.Millisecond)

	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("elapsed >= 5ms:", elapsed >= 5*time.Millisecond, "and < 1h:", elapsed < time.Hour)
}

// Output:
// 0s
// 1ns
// 999ns
// 1.5µs
// 2µs
// 1.5ms
// 1s
// 1.5s
// 1m30s
// 1h30m0s
// 26h0m3.004s
// -2s
// 2562047h47m16.854775807s
// 2.25s | 2.25s | 2250000000 | time.Duration
// 2.25 2250 2.25s
// 90µs
// 60ns true
// elapsed >= 5ms: true and < 1h: true
