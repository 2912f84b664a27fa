package main

import "fmt"

// Package-level variables are initialised in dependency order, not in the
// order they are written; then every init function runs, top to bottom;
// then main.
var total = price * float64(quantity) // depends on price and quantity
var price = basePrice() * 1.1
var quantity = len(items)
var items = []string{"pen", "ink", "pad"}
var registry = map[string]int{}
var log []string

func basePrice() float64 {
	log = append(log, fmt.Sprintf("basePrice called (items=%d)", len(items)))
	return 10
}

func register(name string) int {
	registry[name] = len(registry) + 1
	log = append(log, "register "+name)
	return registry[name]
}

var idA = register("a")
var idB = register("b")

func init() {
	log = append(log, fmt.Sprintf("init 1: total=%.2f", total))
	items = append(items, "ruler")
}

func init() {
	log = append(log, fmt.Sprintf("init 2: items=%v", items))
	register("from-init")
}

const greeting = "hello" // constants need no initialisation at run time

func main() {
	for i, l := range log {
		fmt.Println(i, l)
	}
	fmt.Println(total, price, quantity, len(items))
	fmt.Println(idA, idB, registry)
	fmt.Println(greeting)
}

// Output:
// 0 basePrice called (items=3)
// 1 register a
// 2 register b
// 3 init 1: total=33.00
// 4 init 2: items=[pen ink pad ruler]
// 5 register from-init
// 33 11 3 4
// 1 2 map[a:1 b:2 from-init:3]
// hello
