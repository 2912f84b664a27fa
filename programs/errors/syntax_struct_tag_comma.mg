package main

import "fmt"

type User struct {
	Name string `json:"name"`, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or \}"
	Age  int    `json:"age"`
}

func main() {
	fmt.Println(User{})
}
