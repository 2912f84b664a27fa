package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported (and|but) not used"
	"strings" // ERROR "\"strings\" imported (and|but) not used"
)

func main() {
	fmt.Println("hello")
}
