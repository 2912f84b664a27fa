package main

import "fmt"

func main() {
	for i := 0; i < 3; i++; { // ERROR "syntax error: unexpected semicolon, expected \{ after for clause"
		fmt.Println(i)
	}
}
