package main

import "fmt"

func check(n int) {
	if n > 10 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	fmt.Println(n)
}

func main() {
	for i := 0; i < 3; i++ {
		func() {
			if i == 1 {
				continue // ERROR "continue is not in a loop"
			}
			fmt.Println(i)
		}()
	}
	switch x := 2; x {
	case 2:
		continue // ERROR "continue is not in a loop"
	}
	check(4)
}
