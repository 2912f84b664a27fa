package main

import (
	"fmt"
	"strings" // ERROR "\"strings\" imported and not used"
)

type Task struct {
	Title string
	Done  bool
}

func pending(tasks []Task) int {
	n := 0
	for _, t := range tasks {
		if !t.done { // ERROR "t.done undefined"
			n++
		}
	}
	return "n" // ERROR "cannot use \"n\""
}

func main() {
	tasks := []Task{{"write", false}, {"test", true}}
	unused := 1 // ERROR "declared and not used: unused"
	fmt.Println(pending(tasks, 2)) // ERROR "too many arguments in call to pending"
	fmt.Println(undefinedThing) // ERROR "undefined: undefinedThing"
}
