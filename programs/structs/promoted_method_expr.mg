package main

import "fmt"

type Level int

func (l Level) Describe() string { return fmt.Sprint("level ", int(l)) }

type Base struct{ ID int }

func (b Base) Hello() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) SetID(i int)  { b.ID = i }

type Mid struct {
	Base
	ID string // shadows Base.ID at a shallower depth
}

type Top struct {
	Mid
	Level
}

// Promoted fields and methods through two levels of embedding, including
// method values and method expressions of promoted methods.
func main() {
	t := Top{Mid{Base{1}, "mid"}, 3}
	fmt.Println(t.ID, t.Base.ID, t.Hello(), t.Describe(), t.Level)
	t.SetID(9)
	fmt.Println(t.Base.ID, t.Mid.Base.ID)
	fmt.Printf("%+v\n", t)

	// A method value copies the receiver when it is evaluated.
	hello := t.Hello
	t.Base.ID = 100
	fmt.Println(hello(), t.Hello())

	// Method expressions work for promoted methods too.
	set := (*Top).SetID
	set(&t, 55)
	fmt.Println(t.Base.ID)
	describe := Top.Describe
	fmt.Println(describe(t))
	greet := Top.Hello
	fmt.Println(greet(t))
	greetPtr := (*Top).Hello
	fmt.Println(greetPtr(&t))
	fmt.Printf("%T\n%T\n", set, describe)

	// The same through a slice of values.
	tops := []Top{{Mid{Base{1}, "a"}, 1}, {Mid{Base{2}, "b"}, 2}}
	for i := range tops {
		set(&tops[i], tops[i].Base.ID*10)
	}
	for _, x := range tops {
		fmt.Println(x.ID, greet(x), describe(x))
	}
}

// Output:
// mid 1 base 1 level 3 3
// 9 9
// {Mid:{Base:{ID:9} ID:mid} Level:3}
// base 9 base 100
// 55
// level 3
// base 55
// base 55
// func(*main.Top, int)
// func(main.Top) string
// a base 10 level 1
// b base 20 level 2
