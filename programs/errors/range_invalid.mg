package main

import "fmt"

type Inventory struct {
	items []string
}

func main() {
	for i := range 3.5 { // ERROR "cannot range over 3.5 \(untyped float constant\)"
		fmt.Println(i)
	}
	inv := Inventory{items: []string{"a"}}
	for _, item := range inv { // ERROR "cannot range over inv \(variable of type Inventory\)"
		fmt.Println(item)
	}
	p := &inv.items
	for i, s := range p { // ERROR "cannot range over p \(variable of type \*\[\]string\)"
		fmt.Println(i, s)
	}
}
