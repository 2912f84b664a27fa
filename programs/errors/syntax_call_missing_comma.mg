package main

import "fmt"

func main() {
	name := "ana"
	age := 31
	fmt.Println("name:" name, "age:", age) // ERROR "syntax error: unexpected name name in argument list; possibly missing comma or \)"
}
