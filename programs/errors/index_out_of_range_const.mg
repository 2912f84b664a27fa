package main

import "fmt"

func main() {
	week := [7]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	fmt.Println(week[7]) // ERROR "invalid argument: index 7 out of bounds \[0:7\]"
	fmt.Println(week[-1]) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	s := week[:]
	fmt.Println(s[-2]) // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
	const name = "go"
	fmt.Println(name[5]) // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
	fmt.Println(week[2:1]) // ERROR "invalid slice indices|inverted slice"
}
