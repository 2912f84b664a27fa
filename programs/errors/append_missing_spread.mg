package main

import "fmt"

func merge(a, b []string) []string {
	return append(a, b) // ERROR "cannot use b \(variable of type \[\]string\) as string value in argument to append"
}

func total(prefix string, nums ...int, extra int) int { // ERROR "can only use \.\.\. with final parameter"
	return len(nums) + extra // ERROR "invalid argument: nums \(variable of type int\) for (built-in )?len"
}

func main() {
	fmt.Println(merge([]string{"a"}, []string{"b"}))
	fmt.Println(total("x", 1, 2)) // the ... was ignored: no error here
	xs := []int{1}
	fmt.Println(xs...) // ERROR "cannot use xs \(variable of type \[\]int\) as \[\](any|interface ?\{\}) value in argument to fmt.Println"
}
