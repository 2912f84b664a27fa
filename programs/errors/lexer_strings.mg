package main

import "fmt"

func main() {
	path := "C:\Users\gopher" // ERROR "invalid character 's' in hexadecimal escape"
	fmt.Println(path)
}
