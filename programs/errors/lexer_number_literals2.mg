package main

import "fmt"

func main() {
	color := 0x // ERROR "hexadecimal literal has no digits"
	scale := 1.5e // ERROR "exponent has no digits"
	fmt.Println(color, scale)
}
