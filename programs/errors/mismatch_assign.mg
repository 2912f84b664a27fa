package main

import "fmt"

func main() {
	var count int
	var label string
	count = "ten" // ERROR "cannot use \"ten\" .*as int value in assignment"
	label = 42 // ERROR "cannot use 42 .*as string value in assignment"
	var ratio float64 = count // ERROR "cannot use count .*as float64 value in variable declaration"
	fmt.Println(count, label, ratio)
}
