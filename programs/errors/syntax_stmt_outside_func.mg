package main

import "fmt"

var counter int

counter = 5 // ERROR "non-declaration statement outside function body|outside"

func main() {
	fmt.Println(counter)
}
