package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string {
	return [...]string{"LOW", "MID", "HIGH"}[l]
}

type Price float64

func (p *Price) String() string { return fmt.Sprintf("$%.2f", float64(*p)) }

// fmt calls String() on exported fields it can reach, but not on unexported
// fields; a method with a pointer receiver is only used for pointers.
type Task struct {
	Name  string
	Prio  Level
	prio  Level
	Err   error
	Price Price
}

type Wrapper struct {
	Inner *Task
	Tags  map[Level]string
}

func main() {
	t := Task{Name: "deploy", Prio: 2, prio: 2, Err: errors.New("late"), Price: 9.5}
	fmt.Println(t)
	fmt.Printf("%v\n%+v\n", t, t)
	fmt.Println(t.Prio, t.prio, Level(1))
	fmt.Println(t.Price, &t.Price)

	levels := []Level{2, 0, 1}
	fmt.Println(levels)
	fmt.Printf("%d %s %q\n", levels, levels, levels)

	// Map keys are sorted by their value, not by their String() text.
	tags := map[Level]string{2: "urgent", 0: "later", 1: "soon"}
	fmt.Println(tags)

	w := Wrapper{Inner: &t, Tags: map[Level]string{1: "x"}}
	fmt.Printf("%+v\n", w.Tags)
	fmt.Println(w.Inner.Name, *w.Inner)

	// Pointers at the top level print as &{...}; String() is used when defined on the pointer.
	p := Price(3)
	fmt.Println(&p, p)
	fmt.Printf("%v %s %.1f\n", &p, &p, p)
	pt := &t
	fmt.Printf("%v\n", pt)

	// errors inside containers print through Error().
	errs := []error{errors.New("a"), nil, fmt.Errorf("b: %w", errors.New("c"))}
	fmt.Println(errs)
	fmt.Printf("%v %q\n", errs[0], errs[2])
}

// Output:
// {deploy HIGH 2 late 9.5}
// {deploy HIGH 2 late 9.5}
// {Name:deploy Prio:HIGH prio:2 Err:late Price:9.5}
// HIGH HIGH MID
// 9.5 $9.50
// [HIGH LOW MID]
// [2 0 1] [HIGH LOW MID] ["HIGH" "LOW" "MID"]
// map[LOW:later MID:soon HIGH:urgent]
// map[MID:x]
// deploy {deploy HIGH 2 late 9.5}
// $3.00 3
// $3.00 $3.00 3.0
// &{deploy HIGH 2 late 9.5}
// [a <nil> b: c]
// a "b: c"
