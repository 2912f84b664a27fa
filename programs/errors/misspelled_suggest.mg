package main

import (
	"fmt"
	"strings"
)

type Inventory struct {
	items map[string]int
}

func main() {
	inv := Inventory{items: map[string]int{"apple": 3}}
	quantity := inv.items["apple"] // ERROR "declared and not used: quantity"
	fmt.Println(quantiy) // ERROR "undefined: quantiy"
	fmt.Println(strings.ToUpperr("done")) // ERROR "undefined: strings.ToUpperr"
	fmt.Printn("bye") // ERROR "undefined: fmt.Printn"
}
