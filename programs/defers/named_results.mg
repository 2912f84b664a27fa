package main

import (
	"errors"
	"fmt"
)

// A deferred closure can read and change named results after the return
// statement has set them.
func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func counted() (n int) {
	defer func() { n++ }()
	n = 10
	return n * 2
}

type file struct {
	name   string
	failOn string
}

func (f *file) Close() error {
	if f.failOn == "close" {
		return errors.New("close " + f.name + ": disk full")
	}
	return nil
}

// The common pattern: keep the first error, report a Close error otherwise.
func save(f *file) (err error) {
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if f.failOn == "write" {
		return fmt.Errorf("write %s: permission denied", f.name)
	}
	return nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func elapsedSteps() (steps []string) {
	defer func() { steps = append(steps, "deferred") }()
	steps = append(steps, "body")
	return append(steps, "return")
}

func main() {
	fmt.Println(double(3), double(-1))
	fmt.Println(counted())
	for _, f := range []*file{{"a.txt", ""}, {"b.txt", "write"}, {"c.txt", "close"}} {
		fmt.Printf("%s: %v\n", f.name, save(f))
	}
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(elapsedSteps())
}

// Output:
// 8 0
// 21
// a.txt: <nil>
// b.txt: write b.txt: permission denied
// c.txt: close c.txt: disk full
// 3 <nil>
// -1 recovered: runtime error: integer divide by zero
// [body return deferred]
