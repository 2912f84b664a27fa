package main

import "fmt"

type Counter struct {
	name  string
	count int
}

// A value receiver works on a copy.
func (c Counter) IncByValue() { c.count++ }

// A pointer receiver modifies the original.
func (c *Counter) Inc() { c.count++ }

func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.count) }

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack) Len() int { return len(s.items) }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64)     { *c += Celsius(d) }

func main() {
	c := Counter{name: "clicks"}
	c.IncByValue()
	fmt.Println(c)
	c.Inc() // Go takes &c automatically
	c.Inc()
	fmt.Println(c)

	p := &c
	p.Inc()
	p.IncByValue() // Go dereferences automatically
	fmt.Println(*p, c.count)

	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.items)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println(" empty:", s.Len() == 0)

	t := Celsius(20)
	t.Warm(5.5)
	fmt.Println(t, t.Fahrenheit())

	// Methods on elements of slices and maps of pointers.
	counters := []Counter{{name: "a"}, {name: "b"}}
	for i := range counters {
		counters[i].Inc()
	}
	for _, ctr := range counters {
		ctr.Inc() // increments a copy
	}
	fmt.Println(counters)

	byName := map[string]*Counter{"x": {name: "x"}}
	byName["x"].Inc()
	byName["x"].Inc()
	fmt.Println(byName["x"])

	// Passing a struct to a function copies it.
	reset := func(c Counter) { c.count = 0 }
	resetPtr := func(c *Counter) { c.count = 0 }
	reset(c)
	fmt.Println(c.count)
	resetPtr(&c)
	fmt.Println(c.count)
}

// Output:
// clicks=0
// clicks=2
// clicks=3 3
// 4 [1 4 9 16]
// 16;9;4;1; empty: true
// 25.5 77.9
// [a=1 b=1]
// x=2
// 3
// 0
