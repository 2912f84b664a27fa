package main

import "fmt"

func area(width int height int) int { // ERROR "syntax error: unexpected name height in parameter list; possibly missing comma or \)"
	return width * height
}

func main() {
	fmt.Println(area(2, 3))
}
