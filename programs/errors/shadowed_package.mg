package main

import (
	"fmt"
	"strings" // ERROR "\"strings\" imported and not used"
)

func main() {
	words := []string{"a", "b"}
	strings := len(words)
	fmt.Println(strings.Join(words, ",")) // ERROR "strings.Join undefined \(type int has no field or method Join\)"
	fmt := "formatted"
	fmt.Println(fmt) // ERROR "fmt.Println undefined \(type string has no field or method Println\)"
}
