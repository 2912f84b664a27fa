package main

import "fmt"

// A first program: a greeting in two languages and a little arithmetic.
func main() {
	greeting := "Hello"
	for i, name := range []string{"world", "دنیا"} {
		fmt.Printf("%d: %s, %s!\n", i+1, greeting, name)
	}
	sum := 0
	for n := 1; n <= 10; n++ {
		sum += n
	}
	fmt.Println("1 + 2 + ... + 10 =", sum)
}

// Output:
// 1: Hello, world!
// 2: Hello, دنیا!
// 1 + 2 + ... + 10 = 55
