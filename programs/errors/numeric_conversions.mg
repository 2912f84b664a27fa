package main

import "fmt"

func main() {
	var count int = 2.5 // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	price := 9.99
	fmt.Println(price & 1) // ERROR "invalid operation: operator & not defined on price \(variable of type float64\)"
	fmt.Println(price % 2) // ERROR "invalid operation: operator % not defined on price \(variable of type float64\)"
	name := "go"
	fmt.Println(name + 'x') // ERROR "invalid operation: name \+ 'x' \(mismatched types string and untyped rune\)"
	shift := 1.5
	fmt.Println(count << shift) // ERROR "invalid operation: shift count shift \(variable of type float64\) must be integer"
	fmt.Println(-"abc") // ERROR "invalid operation: operator - not defined on \"abc\" \(untyped string constant\)"
}
