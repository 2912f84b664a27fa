package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{}

func (Dog) Sound() string { return "woof" }
func (Cat) Sound() string { return "meow" }

// An unchecked type assertion to the wrong concrete type panics.
func main() {
	pets := []Animal{Dog{}, Dog{}, Cat{}}
	for _, p := range pets {
		d := p.(Dog)
		fmt.Println("dog says", d.Sound())
	}
	fmt.Println("unreachable")
}

// Output:
// dog says woof
// dog says woof
// Exit: 2
// Stderr: panic: interface conversion: main.Animal is main.Cat, not main.Dog
