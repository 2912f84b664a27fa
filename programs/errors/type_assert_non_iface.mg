package main

import "fmt"

type Celsius float64

func main() {
	temp := Celsius(21.5)
	if f, ok := temp.(float64); ok { // ERROR "invalid operation: temp \(variable of type Celsius\) is not an interface"
		fmt.Println(f)
	}
	var v any = 3
	s := v.(string)
	fmt.Println(s)
	switch x := temp.(type) { // ERROR "temp \(variable of type Celsius\) is not an interface"
	case float64:
		fmt.Println(x)
	}
}
