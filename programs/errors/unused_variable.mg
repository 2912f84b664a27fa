package main

import "fmt"

func main() {
	name := "gopher" // ERROR "declared and not used: name"
	count := 3
	for i := 0; i < count; i++ {
		result := i * 2 // ERROR "declared and not used: result"
		fmt.Println(i)
	}
	var total int // ERROR "declared and not used: total"
}
