package main

import (
	"errors"
	"fmt"
)

func find(xs []int, target int) (int, error) {
	for i, x := range xs {
		if x == target {
			return i, nil
		}
	}
	return nil, errors.New("not found") // ERROR "cannot use nil as int value in return statement"
}

func first(xs []string) string {
	if len(xs) == 0 {
		return nil // ERROR "cannot use nil as string value in return statement"
	}
	return xs[0]
}

func main() {
	fmt.Println(find([]int{3, 4}, 4))
	fmt.Println(first(nil))
}
