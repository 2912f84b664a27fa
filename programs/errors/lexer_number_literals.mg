package main

import "fmt"

func main() {
	mask := 0b1012 // ERROR "invalid digit '2' in binary literal"
	perm := 0o758 // ERROR "invalid digit '8' in octal literal"
	fmt.Println(mask, perm)
}
