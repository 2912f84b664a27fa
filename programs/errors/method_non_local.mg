package main

import (
	"fmt"
	"strings"
)

func (s string) Shout() string { // ERROR "cannot define new methods on non-local type string"
	return strings.ToUpper(s) + "!"
}

func (b *strings.Builder) Reset2() { // ERROR "cannot define new methods on non-local type strings.Builder"
	b.Reset()
}

type Name string

func (n Name) Shout() string {
	return strings.ToUpper(string(n)) + "!"
}

func main() {
	fmt.Println(Name("go").Shout())
}
