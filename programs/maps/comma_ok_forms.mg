package main

import "fmt"

var defaults = map[string]int{"width": 80, "height": 24}

// Comma-ok forms also work in package-level var declarations.
var width, hasWidth = defaults["width"]
var depth, hasDepth = defaults["depth"]

var setting interface{} = "dark"
var theme, themeIsString = setting.(string)

type Config struct {
	values map[string]interface{}
}

func (c Config) Int(key string) (int, bool) {
	raw, ok := c.values[key]
	if !ok {
		return 0, false
	}
	n, ok := raw.(int)
	return n, ok
}

// Every way to write the comma-ok idiom: :=, =, var, and in if/switch headers.
func main() {
	fmt.Println(width, hasWidth, depth, hasDepth, theme, themeIsString)

	m := map[string]int{"a": 1, "zero": 0}
	v1, ok1 := m["a"]
	var v2, ok2 = m["zero"]
	var v3 int
	var ok3 bool
	v3, ok3 = m["missing"]
	fmt.Println(v1, ok1, v2, ok2, v3, ok3)

	var i interface{} = 42
	n, isInt := i.(int)
	var s, isString = i.(string)
	var f float64
	var isFloat bool
	f, isFloat = i.(float64)
	fmt.Printf("%d %t %q %t %g %t\n", n, isInt, s, isString, f, isFloat)

	var st fmt.Stringer
	var st2, ok4 = i.(fmt.Stringer)
	fmt.Println(st == nil, st2 == nil, ok4)

	// In if and switch headers.
	if v, ok := m["zero"]; ok {
		fmt.Println("zero is present with value", v)
	}
	switch v, ok := m["b"]; {
	case !ok:
		fmt.Println("b missing, zero value", v)
	default:
		fmt.Println("b =", v)
	}

	cfg := Config{values: map[string]interface{}{"port": 8080, "host": "localhost", "debug": true}}
	for _, key := range []string{"port", "host", "timeout"} {
		var val, ok = cfg.Int(key)
		fmt.Printf("%-8s %5d %t\n", key, val, ok)
	}

	// Blank identifiers in comma-ok.
	_, present := m["a"]
	var _, present2 = m["nope"]
	fmt.Println(present, present2)

	// Distinguishing a stored zero from a missing key.
	counts := map[rune]int{'x': 0}
	for _, r := range "xy" {
		var c, seen = counts[r]
		fmt.Printf("%c count=%d seen=%t\n", r, c, seen)
	}
}

// Output:
// 80 true 0 false dark true
// 1 true 0 true 0 false
// 42 true "" false 0 false
// true true false
// zero is present with value 0
// b missing, zero value 0
// port      8080 true
// host         0 false
// timeout      0 false
// true false
// x count=0 seen=true
// y count=0 seen=false
