package main

import "fmt"

func main() {
	n := 7
	if n%2 == 0 {
		fmt.Println("even")
	} else if { // ERROR "syntax error: missing condition in if statement"
		fmt.Println("odd")
	}
}
