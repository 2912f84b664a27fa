package main

import (
	"fmt"
	"os"
)

func main(args []string) int { // ERROR "func main must have no arguments and no return values"
	if len(args) == 0 {
		fmt.Println("usage: prog NAME")
		os.Exit(1)
	}
	fmt.Println("hello", args[0])
	return 0
}
