package main

import (
	"fmt"
	"math"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type ByDept struct{ BySalary }

func (s ByDept) Less(i, j int) bool { return s.BySalary[i].Dept < s.BySalary[j].Dept }

// counter wraps an IntSlice and counts the calls sort makes.
type counter struct {
	sort.IntSlice
	less, swap int
}

func (c *counter) Less(i, j int) bool { c.less++; return c.IntSlice.Less(i, j) }
func (c *counter) Swap(i, j int)      { c.swap++; c.IntSlice.Swap(i, j) }

func staff() []Employee {
	return []Employee{
		{"Ana", "eng", 120}, {"Ben", "ops", 90}, {"Cy", "eng", 100}, {"Di", "hr", 90},
		{"Ed", "ops", 100}, {"Flo", "eng", 90}, {"Gus", "hr", 120}, {"Hal", "eng", 100},
		{"Ivy", "ops", 120}, {"Jo", "hr", 100}, {"Kim", "eng", 90}, {"Lu", "ops", 100},
		{"Max", "eng", 90}, {"Ned", "hr", 100}, {"Oz", "ops", 120},
	}
}

func names(es []Employee) string {
	s := ""
	for i, e := range es {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%s/%s/%d", e.Name, e.Dept, e.Salary)
	}
	return s
}

func main() {
	es := staff()
	sort.Sort(BySalary(es))
	fmt.Println("Sort:  ", names(es))
	es = staff()
	sort.Stable(BySalary(es))
	fmt.Println("Stable:", names(es))
	// Stable sort by department keeps the salary order inside each department.
	sort.Stable(ByDept{BySalary(es)})
	fmt.Println("ByDept:", names(es))
	sort.Sort(sort.Reverse(BySalary(es)))
	fmt.Println("Rev:   ", names(es))
	fmt.Println(sort.IsSorted(BySalary(es)), sort.IsSorted(sort.Reverse(BySalary(es))))

	// The built-in slice types.
	ints := []int{42, -7, 19, 0, 3, 3, 100, -50}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	for _, x := range []int{3, 4, -100, 101} {
		fmt.Printf("SearchInts(%d)=%d;", x, sort.SearchInts(ints, x))
	}
	fmt.Println()
	words := []string{"pear", "Apple", "fig", "apple", "", "banana", "Fig"}
	sort.Strings(words)
	fmt.Printf("%q %d %d\n", words, sort.SearchStrings(words, "b"), sort.SearchStrings(words, "zzz"))
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Printf("%q\n", words)
	fl := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 1e-9, math.NaN()}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 1))
	is := sort.IntSlice{5, 2, 8}
	is.Sort()
	fmt.Println(is, is.Search(5), is.Len())

	// Search: the first square above 1000, and insertion keeping order.
	fmt.Println(sort.Search(100, func(i int) bool { return i*i > 1000 }))
	sorted := []int{}
	for _, x := range []int{5, 1, 4, 1, 5, 9, 2, 6} {
		i := sort.SearchInts(sorted, x)
		sorted = append(sorted, 0)
		copy(sorted[i+1:], sorted[i:])
		sorted[i] = x
	}
	fmt.Println(sorted)

	// The number of Less and Swap calls is Go's exactly (pdqsort; insertion sort and
	// SymMerge for Stable).
	for _, n := range []int{10, 100, 1000} {
		a := make(sort.IntSlice, n)
		for i := range a {
			a[i] = (i * 7919) % 101
		}
		b := append(sort.IntSlice(nil), a...)
		c := &counter{IntSlice: a}
		sort.Sort(c)
		d := &counter{IntSlice: b}
		sort.Stable(d)
		counts := fmt.Sprint(c.less, c.swap, d.less, d.swap)
		fmt.Println(n, counts, sort.IsSorted(c), sort.IsSorted(d))
	}
}

// Output:
// Sort:   Flo/eng/90 Ben/ops/90 Max/eng/90 Di/hr/90 Kim/eng/90 Jo/hr/100 Hal/eng/100 Ed/ops/100 Lu/ops/100 Cy/eng/100 Ned/hr/100 Gus/hr/120 Ivy/ops/120 Ana/eng/120 Oz/ops/120
// Stable: Ben/ops/90 Di/hr/90 Flo/eng/90 Kim/eng/90 Max/eng/90 Cy/eng/100 Ed/ops/100 Hal/eng/100 Jo/hr/100 Lu/ops/100 Ned/hr/100 Ana/eng/120 Gus/hr/120 Ivy/ops/120 Oz/ops/120
// ByDept: Flo/eng/90 Kim/eng/90 Max/eng/90 Cy/eng/100 Hal/eng/100 Ana/eng/120 Di/hr/90 Jo/hr/100 Ned/hr/100 Gus/hr/120 Ben/ops/90 Ed/ops/100 Lu/ops/100 Ivy/ops/120 Oz/ops/120
// Rev:    Ana/eng/120 Oz/ops/120 Ivy/ops/120 Gus/hr/120 Cy/eng/100 Hal/eng/100 Jo/hr/100 Ned/hr/100 Ed/ops/100 Lu/ops/100 Di/hr/90 Flo/eng/90 Ben/ops/90 Max/eng/90 Kim/eng/90
// false true
// [-50 -7 0 3 3 19 42 100] true
// SearchInts(3)=3;SearchInts(4)=5;SearchInts(-100)=0;SearchInts(101)=8;
// ["" "Apple" "Fig" "apple" "banana" "fig" "pear"] 4 7
// ["pear" "fig" "banana" "apple" "Fig" "Apple" ""]
// [NaN NaN -Inf -1 0 1e-09 2.5 +Inf] true 6
// [2 5 8] 1 3
// 32
// [1 1 2 4 5 5 6 9]
// 10 25 16 25 16 true true
// 100 677 249 808 887 true true
// 1000 8289 1808 12574 18831 true true
