package main

import "fmt"

func main() {
	scores := []int{70, 80}
	append(scores, 90) // ERROR "append\(scores, 90\) \(value of type \[\]int\) is not used"
	total := 0
	for _, s := range scores {
		total + s // ERROR "total \+ s \(value of type int\) is not used"
	}
	total == 150 // ERROR "total == 150 \(untyped bool value\) is not used"
	len(scores) // ERROR "len\(scores\) \(value of type int\) is not used"
	fmt.Println(total)
}
