package main

import "fmt"

func main() {
	status := 200
	if status = 404 { // ERROR "cannot use (assignment )?status = 404 as value"
		fmt.Println("not found")
	}
	fmt.Println(status)
}
