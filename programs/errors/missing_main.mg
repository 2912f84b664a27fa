package main

import "fmt"

func Main() { // ERROR "function main is undeclared in the main package"
	fmt.Println("this is not main: names are case-sensitive")
}

func helper() int {
	return 42
}
