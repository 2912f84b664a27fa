package main

import "fmt"

limit := 10 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
	fmt.Println(limit)
}
