package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	}
} // ERROR "missing return"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	}
} // ERROR "missing return"

func main() {
	fmt.Println(sign(3), grade(85))
}
