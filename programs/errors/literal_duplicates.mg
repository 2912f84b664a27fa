package main

import "fmt"

func main() {
	prices := map[string]float64{
		"tea":    1.5,
		"coffee": 2.0,
		"tea":    1.8, // ERROR "duplicate key \"tea\" in map literal"
	}
	days := [3]string{"mon", "tue", "wed", "thu"} // ERROR "index 3 out of bounds|array index 3 out of bounds \[0:3\]"
	codes := []int{0: 10, 1: 20, 0: 30} // ERROR "duplicate index 0 in array or slice literal"
	fmt.Println(prices, days, codes)
}
