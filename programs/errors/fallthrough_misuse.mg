package main

import "fmt"

func level(n int) string {
	out := ""
	switch {
	case n > 10:
		out += "high "
		fallthrough
	case n > 5:
		out += "medium"
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	return out
}

func kind(v any) string {
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
		return "basic"
	}
	return "other"
}

func main() {
	fmt.Println(level(12), kind(1))
}
