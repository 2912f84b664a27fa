package main

import "fmt"

func main() {
	path := "C:\Users\gopher" // ERROR "invalid character 's' in hexadecimal escape"
	re := "\d+\.\d+" // ERROR "unknown escape"
	fmt.Println(path, re)
}
