package main

import "fmt"

func fib(n int) int
{ // ERROR "unexpected semicolon or newline before \{"
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(10))
}
