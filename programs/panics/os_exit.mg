package main

import (
	"fmt"
	"os"
)

func check(ok bool, msg string) {
	if !ok {
		fmt.Println("error:", msg)
		os.Exit(3)
	}
}

// os.Exit ends the program at once: deferred calls do not run.
func main() {
	defer fmt.Println("this deferred line never prints")
	args := []string{"input.txt"}
	check(len(args) == 1, "need one argument")
	fmt.Println("processing", args[0])
	check(args[0] == "data.csv", "unsupported file "+args[0])
	fmt.Println("unreachable")
}

// Output:
// processing input.txt
// error: unsupported file input.txt
// Exit: 3
