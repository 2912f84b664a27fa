package main

import (
	"errors"
	"fmt"
)

type step struct {
	name string
	fail bool
}

func run(steps []step) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("step panicked: %v", r)
		}
	}()
	for _, s := range steps {
		if s.fail {
			panic(errors.New(s.name + " exploded"))
		}
		fmt.Println("ran", s.name)
	}
	return nil
}

// The first run recovers; the second panics with a value that is not recovered,
// after all deferred calls of main have run.
func main() {
	fmt.Println(run([]step{{"a", false}, {"b", true}, {"c", false}}))
	defer fmt.Println("main defer 1")
	defer func() {
		fmt.Println("main defer 2, not recovering")
	}()
	var arr [4]int
	idx := len(arr)
	for i := 0; i <= idx; i++ {
		arr[i] = i
	}
}

// Output:
// ran a
// step panicked: b exploded
// main defer 2, not recovering
// main defer 1
// Exit: 2
// Stderr: panic: runtime error: index out of range [4] with length 4
