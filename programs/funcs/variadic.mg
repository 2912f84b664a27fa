package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func modify(nums ...int) {
	if len(nums) > 0 {
		nums[0] = -1
	}
}

func logf(format string, args ...interface{}) {
	fmt.Printf("[log] "+format+"\n", args...)
}

// Variadic parameters are slices; s... passes an existing slice without copying.
func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3, 4))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(", "), join("/", []string{"usr", "bin"}...))
	fmt.Println(describe("none"))
	fmt.Println(describe("mixed", 1, "x", nil, 2.5))
	items := []interface{}{"p", "q"}
	fmt.Println(describe("spread", items...))
	fmt.Println(describe("nested", items))
	fmt.Println(maxOf(3), maxOf(3, 9, -2, 7))

	// Spreading a slice shares it with the callee.
	modify(nums...)
	fmt.Println(nums)
	modify(1, 2)

	logf("%d items, %s", 3, "ok")
	logf("no args")

	// A nil slice spreads to zero arguments.
	var none []int
	fmt.Println(sum(none...))

	// Variadic function values.
	var f func(...int) int = sum
	fmt.Println(f(5, 5), fmt.Sprintf("%T", f))
	apply := func(op func(...int) int, xs ...int) int { return op(xs...) }
	fmt.Println(apply(sum, 1, 1, 1), apply(func(xs ...int) int { return len(xs) }))

	// append itself is variadic.
	a := append([]int{}, nums...)
	a = append(a, nums[1:]...)
	fmt.Println(a)
}

// Output:
// 0 1 10
// 60
// a-b-c  usr/bin
// none(0): []
// mixed(4): [1 x <nil> 2.5]
// spread(2): [p q]
// nested(1): [[p q]]
// 3 9
// [-1 20 30]
// [log] 3 items, ok
// [log] no args
// 0
// 10 func(...int) int
// 3 0
// [-1 20 30 20 30]
