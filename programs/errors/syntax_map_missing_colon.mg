package main

import "fmt"

func main() {
	ages := map[string]int{
		"ana": 31,
		"bob" 42, // ERROR "syntax error: unexpected literal 42 in composite literal; possibly missing comma or \}"
	}
	fmt.Println(ages)
}
