package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12")
	fmt.Println(n, err)
	n, err := strconv.Atoi("34") // ERROR "no new variables on left side of :="
	fmt.Println(n, err)
	m, err := strconv.Atoi("56")
	fmt.Println(m)
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	fmt.Println(x)
}
