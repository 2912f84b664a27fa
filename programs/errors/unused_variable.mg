package main

import "fmt"

func main() {
	name := "gopher" // ERROR "declared (and|but) not used"
	count := 3
	for i := 0; i < count; i++ {
		result := i * 2 // ERROR "declared (and|but) not used"
		fmt.Println(i)
	}
	var total int // ERROR "declared (and|but) not used"
}
