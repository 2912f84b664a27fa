package main

import "fmt"

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("mustPositive: got %d", n))
	}
	return n
}

// panic with a string value prints it verbatim; deferred calls still run.
func main() {
	defer fmt.Println("deferred print runs before the crash report")
	fmt.Println(mustPositive(5))
	fmt.Println(mustPositive(-3))
}

// Output:
// 5
// deferred print runs before the crash report
// Exit: 2
// Stderr: panic: mustPositive: got -3
