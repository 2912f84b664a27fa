package main // ERROR "function main is undeclared in the main package"

import "fmt"

func Main() {
	fmt.Println("this is not main: names are case-sensitive")
}

func helper() int {
	return 42
}
