package main

import "fmt"

func describe(day int) string {
	switch day {
	case 0, 6:
		return "weekend"
	case 1, 2, 3:
		return "early week"
	case 3, 4: // ERROR "duplicate case 3"
		return "late week"
	}
	return "unknown"
}

func kind(s string) int {
	switch s {
	case "a":
		return 1
	case "b", "a": // ERROR "duplicate case \"a\""
		return 2
	}
	return 0
}

func main() {
	fmt.Println(describe(3), kind("a"))
}
