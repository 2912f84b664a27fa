package main

import "fmt"

type Particle struct {
	Name string
	Pos  [2]int
	Tags []string
}

// Pointers into arrays, slices and struct fields, and what happens to them
// when a slice grows or a struct is copied.
func main() {
	// A pointer to a struct field modifies the struct.
	p := Particle{Name: "p1", Pos: [2]int{1, 1}}
	x := &p.Pos[0]
	name := &p.Name
	*x = 10
	*name += "!"
	fmt.Println(p)

	// A pointer to a slice element aliases the backing array...
	ps := make([]Particle, 1, 1)
	first := &ps[0]
	first.Name = "alpha"
	fmt.Println(ps[0].Name, first == &ps[0])

	// ...until append needs a new array: the old pointer keeps the old element.
	ps = append(ps, Particle{Name: "beta"})
	first.Name = "changed after growth"
	fmt.Println(ps[0].Name, first.Name, first == &ps[0])

	// Pointers to array elements and slices of the same array agree.
	arr := [4]int{1, 2, 3, 4}
	e := &arr[2]
	sl := arr[1:]
	*e = 30
	sl[0] = 20
	fmt.Println(arr, sl, *e, &arr[2] == &sl[1])

	// Copying a struct copies the array field but shares the slice field.
	a := Particle{Name: "a", Pos: [2]int{1, 2}, Tags: []string{"x", "y"}}
	b := a
	b.Pos[0] = 99
	b.Tags[0] = "shared!"
	b.Name = "b"
	fmt.Println(a)
	fmt.Println(b)
	b.Tags = append(b.Tags, "only b")
	fmt.Println(len(a.Tags), len(b.Tags))

	// A pointer to a local variable keeps it alive after the function returns.
	c := newCounter()
	*c += 5
	fmt.Println(*c)

	// Pointers to pointers.
	v := 1
	pv := &v
	ppv := &pv
	**ppv = 2
	w := 3
	*ppv = &w
	*pv = 4
	fmt.Println(v, w, *pv, pv == &w)

	// Swapping through pointers and a slice of pointers.
	s1, s2 := "left", "right"
	swap(&s1, &s2)
	fmt.Println(s1, s2)
	nums := []int{5, 3, 8}
	ptrs := []*int{&nums[0], &nums[1], &nums[2]}
	for _, q := range ptrs {
		*q *= 10
	}
	fmt.Println(nums)

	// new gives a pointer to a zero value; composite literals can be addressed directly.
	np := new(Particle)
	np.Tags = append(np.Tags, "fresh")
	lit := &Particle{Name: "lit"}
	fmt.Printf("%+v %+v\n", *np, *lit)
	fmt.Println(np != lit, np.Name == "", lit.Tags == nil)
}

func newCounter() *int {
	n := 100
	return &n
}

func swap(a, b *string) { *a, *b = *b, *a }

// Output:
// {p1! [10 1] []}
// alpha true
// alpha changed after growth false
// [1 20 30 4] [20 30 4] 30 true
// {a [1 2] [shared! y]}
// {b [99 2] [shared! y]}
// 2 3
// 105
// 2 4 4 true
// right left
// [50 30 80]
// {Name: Pos:[0 0] Tags:[fresh]} {Name:lit Pos:[0 0] Tags:[]}
// true true true
