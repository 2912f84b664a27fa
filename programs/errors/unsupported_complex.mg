package main

import "fmt"

func main() {
	z := 3 + 4i // ERROR "complex.*not supported|imaginary"
	fmt.Println(z)
}
