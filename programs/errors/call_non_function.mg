package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

func main() {
	limit := 10
	fmt.Println(limit()) // ERROR "invalid operation: cannot call non-function limit"
	cfg := Config{Name: "srv", Retries: 3}
	fmt.Println(cfg.Retries()) // ERROR "invalid operation: cannot call non-function cfg.Retries"
	msg := "hi"
	msg("there") // ERROR "cannot call non-function msg"
}
