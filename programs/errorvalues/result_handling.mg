package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Op struct {
	Kind string
	A, B string
}

var ErrDivZero = errors.New("division by zero")

type BadNumberError struct {
	Input string
	Err   error
}

func (e *BadNumberError) Error() string {
	return fmt.Sprintf("bad number %q: %v", e.Input, e.Err)
}
func (e *BadNumberError) Unwrap() error { return e.Err }

func number(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &BadNumberError{s, err}
	}
	return n, nil
}

func eval(op Op) (result int, err error) {
	a, err := number(op.A)
	if err != nil {
		return 0, err
	}
	b, err := number(op.B)
	if err != nil {
		return 0, err
	}
	switch op.Kind {
	case "+":
		return a + b, nil
	case "-":
		return a - b, nil
	case "*":
		return a * b, nil
	case "/":
		if b == 0 {
			return 0, fmt.Errorf("%s / %s: %w", op.A, op.B, ErrDivZero)
		}
		return a / b, nil
	}
	return 0, fmt.Errorf("unknown operator %q", op.Kind)
}

// Multiple return values with an error: check, wrap, collect.
func main() {
	ops := []Op{
		{"+", "2", "40"}, {"/", "7", "0"}, {"*", "6", "x7"}, {"%", "1", "2"},
		{"-", "10", "15"}, {"/", "-9", "2"},
	}
	var errs []error
	sum := 0
	for _, op := range ops {
		r, err := eval(op)
		if err != nil {
			errs = append(errs, err)
			fmt.Printf("%s %s %s => error: %v\n", op.A, op.Kind, op.B, err)
			continue
		}
		sum += r
		fmt.Printf("%s %s %s => %d\n", op.A, op.Kind, op.B, r)
	}
	fmt.Println("sum of results:", sum, "errors:", len(errs))

	for i, err := range errs {
		var bn *BadNumberError
		fmt.Println(i, errors.Is(err, ErrDivZero), errors.As(err, &bn))
		if bn != nil {
			fmt.Println("   input was", bn.Input)
		}
	}
}

// Output:
// 2 + 40 => 42
// 7 / 0 => error: 7 / 0: division by zero
// 6 * x7 => error: bad number "x7": strconv.Atoi: parsing "x7": invalid syntax
// 1 % 2 => error: unknown operator "%"
// 10 - 15 => -5
// -9 / 2 => -4
// sum of results: 33 errors: 3
// 0 true false
// 1 false true
//    input was x7
// 2 false false
