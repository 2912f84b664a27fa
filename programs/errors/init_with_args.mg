package main

import "fmt"

var ready bool

func init(verbose bool) { // ERROR "func init must have no arguments and no return values"
	ready = verbose
}

func init() int { // ERROR "func init must have no arguments and no return values"
	return 1
}

func main() {
	fmt.Println(ready)
	init() // ERROR "undefined: init"
}
