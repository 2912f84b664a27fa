package main

import "fmt"

func Map[T any, U any](xs []T, f func(T) U) []U { // ERROR "generics are not supported"
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(Map([]int{1, 2}, func(n int) int { return n * 2 }))
}

// NotGo: minigo does not support generics
