package main

import "fmt"

func main() {
	words := []string{"alpha", "beta", "gamma"}
	for i := 0, i < len(words), i++ { // ERROR "syntax error: unexpected \+\+"
		fmt.Println(i, words[i])
	}
}
