package main

import (
	"fmt"
	"time"
)

func backoff(attempt int) time.Duration {
	return attempt * time.Second // ERROR "invalid operation: attempt \* time.Second \(mismatched types int and time.Duration\)"
}

func main() {
	var delay time.Duration = 250 // fine: untyped constant
	secs := 2
	time.Sleep(secs) // ERROR "cannot use secs \(variable of type int\) as time.Duration value in argument to time.Sleep"
	fmt.Println(backoff(3), delay)
}
