package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

// Dog's own method shadows the promoted one.
func (d Dog) Speak() string { return d.Name + " says woof" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Service struct {
	*Logger
	Name string
}

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base #%d", b.ID) }

type Robot struct {
	Animal
	Base
	Model string
}

// Robot must resolve the ambiguity between Animal.Describe and Base.Describe.
func (r Robot) Describe() string {
	return r.Animal.Describe() + " / " + r.Base.Describe()
}

func main() {
	d := Dog{Animal{"Rex", 4}, "beagle"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Speak())
	d.Rename("Max") // promoted pointer method on an addressable value
	fmt.Println(d.Describe(), d.Animal.Name)
	fmt.Printf("%v\n%+v\n", d, d)

	logger := &Logger{prefix: "[svc] "}
	s1 := Service{logger, "api"}
	s2 := Service{Logger: logger, Name: "db"}
	s1.Log("start " + s1.Name)
	s2.Log("start " + s2.Name)
	fmt.Println(len(logger.lines), logger.lines)
	fmt.Println(s1.prefix == s2.Logger.prefix)

	r := Robot{Animal{"R2", 0}, Base{7}, "astromech"}
	fmt.Println(r.Describe())
	fmt.Println(r.Name, r.ID, r.Model)

	// Embedding by value copies; the copy is independent.
	d2 := d
	d2.Name = "Copy"
	fmt.Println(d.Name, d2.Name)

	// Struct literal with nested embedded fields.
	pets := []Dog{
		{Animal: Animal{Name: "Luna", Legs: 4}, Breed: "husky"},
		{Animal: Animal{Name: "Tripod", Legs: 3}},
	}
	for _, p := range pets {
		fmt.Printf("%-6s %-6q %s\n", p.Name, p.Breed, p.Describe())
	}
}

// Output:
// Rex 4 Rex beagle
// Rex has 4 legs
// Rex says woof
// Max has 4 legs Max
// {{Max 4} beagle}
// {Animal:{Name:Max Legs:4} Breed:beagle}
// 2 [[svc] start api [svc] start db]
// true
// R2 has 0 legs / base #7
// R2 7 astromech
// Max Copy
// Luna   "husky" Luna has 4 legs
// Tripod ""     Tripod has 3 legs
