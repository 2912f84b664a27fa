package main

import "fmt"

func average(nums []float64) float64 {
	total := 0.0
	for _, n := range nums {
		total += n
	}
	return total / float64(len(nums))
}

func main() {
	scores := []float64{90, 85.5, 77}
	avg := average(scores)
	fmt.Println(averge) // ERROR "undefined: averge"
	fmt.Printf("%.2f\n", avg)
	fmt.Println(maximum) // ERROR "undefined: maximum"
}
