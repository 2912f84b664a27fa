package main

import "fmt"

func greet(name string, times int) {
	for i := 0; i < times; i++ {
		fmt.Println("hello,", name)
	}
}

func main() {
	greet(3, "bob") // ERROR "cannot use 3 .*as string value in argument to greet"
	n := 2.5
	greet("amy", n) // ERROR "cannot use n .*as int value in argument to greet"
}
