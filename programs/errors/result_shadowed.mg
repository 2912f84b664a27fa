package main

import (
	"errors"
	"fmt"
)

func load(name string) (n int, err error) {
	if name == "" {
		err := errors.New("empty name")
		fmt.Println(err)
		return // ERROR "result parameter err not in scope at return"
	}
	n = len(name)
	return
}

func main() {
	fmt.Println(load("cfg"))
}
