package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Named interface{ Name() string }
type User struct{ name string }

func (u User) Name() string { return u.name }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, x*2)
	case int8, int16, int32, int64:
		return fmt.Sprintf("sized int %v of type %T", x, x)
	case float64:
		return fmt.Sprintf("float64 %.2f", x)
	case Celsius:
		return fmt.Sprintf("temperature %.1f°C", float64(x))
	case string:
		return fmt.Sprintf("string %q of %d bytes", x, len(x))
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case error:
		return "error: " + x.Error()
	case Named:
		return "named " + x.Name()
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	case bool:
		if x {
			return "yes"
		}
		return "no"
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	values := []interface{}{
		nil, 21, int8(-3), int64(1 << 40), 2.5, Celsius(36.6), "سلام",
		[]int{1, 2, 3}, map[string]int{"a": 1}, errors.New("boom"),
		User{"amir"}, &User{"ptr"}, func() int { return 7 }, true, false,
		struct{}{}, []string{"x"}, uint(5),
	}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	// Type assertions with and without comma-ok.
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)
	n, ok := i.(int)
	fmt.Println(n, ok)
	if str, ok := i.(fmt.Stringer); ok {
		fmt.Println("stringer", str)
	} else {
		fmt.Println("not a Stringer")
	}

	// Asserting to an interface type checks the method set.
	var named interface{} = User{"sara"}
	if nm, ok := named.(Named); ok {
		fmt.Println(nm.Name())
	}
	_, isErr := named.(error)
	fmt.Println(isErr)

	// Switch on the type without binding a variable.
	for _, v := range []interface{}{1, "a", 1.5} {
		switch v.(type) {
		case int, float64:
			fmt.Print("number;")
		case string:
			fmt.Print("text;")
		}
	}
	fmt.Println()
}

// Output:
// nil
// int 21 (doubled 42)
// sized int -3 of type int8
// sized int 1099511627776 of type int64
// float64 2.50
// temperature 36.6°C
// string "سلام" of 8 bytes
// slice of 3 ints
// map with 1 keys
// error: boom
// named amir
// named ptr
// func returning 7
// yes
// no
// something else: struct {}
// something else: []string
// something else: uint
// hello
// 0 false
// not a Stringer
// sara
// false
// number;text;number;
