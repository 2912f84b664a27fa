package main

import "fmt"

func main() {
	count := 3
	if count { // ERROR "non-boolean condition in if statement"
		fmt.Println("some")
	}
	for count { // ERROR "non-boolean condition in for statement"
		count--
	}
	name := "x"
	if name == "x" && count { // ERROR "mismatched types untyped bool and int"
		fmt.Println(name)
	}
	fmt.Println(!count) // ERROR "operator ! not defined"
}
