package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Building text efficiently with strings.Builder, and converting numbers with strconv.
func table(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			if j > 1 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%3d", i*j)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	fmt.Print(table(4))

	var sb strings.Builder
	sb.WriteString("سلام")
	sb.WriteRune('،')
	sb.WriteRune(' ')
	sb.WriteString("world")
	fmt.Println(sb.String(), sb.Len())

	nums := []int{3, -14, 159, 0}
	parts := make([]string, len(nums))
	for i, n := range nums {
		parts[i] = strconv.Itoa(n)
	}
	joined := strings.Join(parts, ",")
	fmt.Println(joined)

	sum := 0
	for _, p := range strings.Split(joined, ",") {
		v, err := strconv.Atoi(p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		sum += v
	}
	fmt.Println("sum:", sum)

	for _, in := range []string{"42", "-7", "abc", "", "12a", "99999999999999999999"} {
		v, err := strconv.Atoi(in)
		fmt.Printf("Atoi(%q) = %d, %v\n", in, v, err)
	}

	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.Quote("hi\n\"there\""))
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f*2, err)
	i, err := strconv.ParseInt("-101", 2, 64)
	fmt.Println(i, err)

	fmt.Println(strings.ToUpper("mixed Case"), strings.Repeat("ab", 3), strings.HasPrefix("golang", "go"))
	fmt.Println(strings.Replace("a-b-c-d", "-", "+", 2), strings.ReplaceAll("a-b-c", "-", ""))
	fmt.Println(strings.TrimSpace("  padded \t\n"), strings.Fields(" a  b   c "), len(strings.Split("a,b,,c", ",")))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
}

// Output:
//   1   2   3   4
//   2   4   6   8
//   3   6   9  12
//   4   8  12  16
// سلام، world 16
// 3,-14,159,0
// sum: 148
// Atoi("42") = 42, <nil>
// Atoi("-7") = -7, <nil>
// Atoi("abc") = 0, strconv.Atoi: parsing "abc": invalid syntax
// Atoi("") = 0, strconv.Atoi: parsing "": invalid syntax
// Atoi("12a") = 0, strconv.Atoi: parsing "12a": invalid syntax
// Atoi("99999999999999999999") = 9223372036854775807, strconv.Atoi: parsing "99999999999999999999": value out of range
// 11111111 -ff "hi\n\"there\""
// 6.5 <nil>
// -5 <nil>
// MIXED CASE ababab true
// a+b+c-d abc
// padded [a b c] 4
// ["a" "b" "" "c"]
