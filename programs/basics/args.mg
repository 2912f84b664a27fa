package main

import (
	"fmt"
	"os"
)

// Command-line arguments arrive in os.Args; os.Args[0] is the program name.
func main() {
	args := os.Args[1:]
	fmt.Println("count:", len(args))
	for i, a := range args {
		fmt.Printf("%d: %q (%d bytes, %d runes)\n", i, a, len(a), len([]rune(a)))
	}
	total := 0
	for _, a := range args {
		n := 0
		ok := len(a) > 0
		for _, c := range a {
			if c < '0' || c > '9' {
				ok = false
				break
			}
			n = n*10 + int(c-'0')
		}
		if ok {
			total += n
		}
	}
	fmt.Println("sum of numeric arguments:", total)
	fmt.Println(len(os.Args) == len(args)+1, os.Args[0] != "")
}

// Output:
// count: 5
// 0: "alpha" (5 bytes, 5 runes)
// 1: "42" (2 bytes, 2 runes)
// 2: "سلام" (8 bytes, 4 runes)
// 3: "8" (1 bytes, 1 runes)
// 4: "x9" (2 bytes, 2 runes)
// sum of numeric arguments: 50
// true true
// Args: alpha 42 سلام 8 x9
