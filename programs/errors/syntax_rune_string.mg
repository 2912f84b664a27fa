package main

import "fmt"

func main() {
	greeting := 'hello' // ERROR "more than one character in rune literal"
	fmt.Println(greeting)
}
