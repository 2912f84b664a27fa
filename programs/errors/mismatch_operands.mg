package main

import "fmt"

func main() {
	age := 30
	name := "Ana"
	height := 1.75
	fmt.Println(name + age) // ERROR "mismatched types string and int"
	fmt.Println(age * height) // ERROR "mismatched types int and float64"
	var small int32 = 4
	fmt.Println(age + small) // ERROR "mismatched types int and int32"
	fmt.Println(name - "x") // ERROR "operator - not defined on name"
}
