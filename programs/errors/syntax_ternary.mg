package main

import "fmt"

func abs(n int) int {
	return n < 0 ? -n : n // ERROR "invalid character U\+003F '\?'"
}

func main() {
	fmt.Println(abs(-4))
}
