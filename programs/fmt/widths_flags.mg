package main

import "fmt"

type item struct {
	name  string
	qty   int
	price float64
}

// Widths, precision and flags, used the way a report or receipt would use them.
func main() {
	items := []item{
		{"apple", 3, 0.5},
		{"watermelon", 1, 4.25},
		{"fig", 12, 0.125},
	}
	fmt.Printf("%-12s|%5s|%8s\n", "item", "qty", "price")
	total := 0.0
	for _, it := range items {
		fmt.Printf("%-12s|%5d|%8.2f\n", it.name, it.qty, it.price*float64(it.qty))
		total += it.price * float64(it.qty)
	}
	fmt.Printf("%-12s|%5s|%8.2f\n", "total", "", total)

	fmt.Println("--- integers ---")
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][% d]\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("[%+05d][%-+5d][%x][%08b]\n", -7, 7, -1, 13)
	fmt.Printf("[%3d][%2d]\n", 12345, -1234)
	fmt.Printf("[%*d][%-*d]\n", 6, 9, 4, 9)

	fmt.Println("--- strings ---")
	fmt.Printf("[%10s][%-10s][%.3s][%8.2s]\n", "hello", "hello", "hello", "hello")
	fmt.Printf("[%6s][%-6s]\n", "سلام", "سلام")
	fmt.Printf("[%.2s]\n", "سلام")
	fmt.Printf("[%10q][%-8q]\n", "hi", "x")
	fmt.Printf("[%5t][%-6v]\n", true, false)
	fmt.Printf("[%3c][%-3c]\n", 'z', 'ب')

	fmt.Println("--- floats ---")
	fmt.Printf("[%10.3f][%-10.1f][%010.3f]\n", 3.14159, 3.14159, -3.14159)
	fmt.Printf("[%+.2e][%12.4e]\n", 12345.678, 0.000123)
	fmt.Printf("[%8.3g][%-8g][%.3g]\n", 3.14159, 100000.0, 1234567.0)
	fmt.Printf("[%6.2f%%]\n", 99.5)

	fmt.Println("--- composite ---")
	fmt.Printf("[%4d]\n", []int{1, 22, 333})
	fmt.Printf("[%-4v]\n", []string{"a", "b"})
	fmt.Printf("[%6.2f]\n", []float64{1, 2.345})
	fmt.Printf("%08.3f|%x|%X\n", 3.5, "ÿ", 3054)
}

// Output:
// item        |  qty|   price
// apple       |    3|    1.50
// watermelon  |    1|    4.25
// fig         |   12|    1.50
// total       |     |    7.25
// --- integers ---
// [   42][42   ][00042][+42][ 42][-42]
// [-0007][+7   ][-1][00001101]
// [12345][-1234]
// [     9][9   ]
// --- strings ---
// [     hello][hello     ][hel][      he]
// [  سلام][سلام  ]
// [سل]
// [      "hi"]["x"     ]
// [ true][false ]
// [  z][ب  ]
// --- floats ---
// [     3.142][3.1       ][-00003.142]
// [+1.23e+04][  1.2300e-04]
// [    3.14][100000  ][1.23e+06]
// [ 99.50%]
// --- composite ---
// [[   1   22  333]]
// [[a    b   ]]
// [[  1.00   2.35]]
// 0003.500|c3bf|BEE
