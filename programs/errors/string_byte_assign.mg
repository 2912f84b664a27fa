package main

import "fmt"

func capitalize(word string) string {
	if len(word) > 0 && word[0] >= 'a' && word[0] <= 'z' {
		word[0] = word[0] - 32 // ERROR "cannot assign to word\[0\]"
	}
	return word
}

func main() {
	fmt.Println(capitalize("go"))
	s := "abc"
	s[1]++ // ERROR "cannot assign to s\[1\]"
	fmt.Println(s)
}
