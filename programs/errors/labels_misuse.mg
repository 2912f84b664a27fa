package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
outer:
	for _, row := range grid {
		for _, v := range row {
			if v == 3 {
				break outer
			}
		}
	}
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
sw:
	switch len(grid) {
	case 2:
		continue sw // ERROR "invalid continue label sw"
	}
	for i := 0; i < 2; i++ {
		break inner // ERROR "break label not defined: inner"
	}
}
