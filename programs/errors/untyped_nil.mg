package main

import "fmt"

func main() {
	x := nil // ERROR "use of untyped nil"
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	var n int
	if n == nil { // ERROR "invalid operation: n == nil \(mismatched types int and untyped nil\)"
		fmt.Println("zero")
	}
	fmt.Println(x, s)
}
