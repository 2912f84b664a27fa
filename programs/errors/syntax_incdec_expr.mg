package main

import "fmt"

func main() {
	counter := 0
	next := counter++ // ERROR "syntax error: unexpected \+\+"
	fmt.Println(next, counter)
}
