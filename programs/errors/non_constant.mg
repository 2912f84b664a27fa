package main

import "fmt"

func size() int {
	return 4
}

const limit = size() // ERROR "size\(\) \(value of type int\) is not constant"

func main() {
	n := 3
	var grid [n]int // ERROR "array length n \(variable of type int\) must be constant|invalid array length"
	const name string = 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in constant declaration"
	fmt.Println(limit, grid, name, n)
}
