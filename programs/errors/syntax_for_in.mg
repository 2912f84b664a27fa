package main

import "fmt"

func main() {
	fruits := []string{"apple", "pear"}
	for i, fruit in fruits { // ERROR "syntax error: unexpected (name )?in"
		fmt.Println(i, fruit)
	}
}
