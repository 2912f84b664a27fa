package main

import "fmt"

func main() {
	z := 3 + 4i // ERROR "complex numbers are not supported"
	fmt.Println(z)
}

// NotGo: minigo does not support complex numbers
