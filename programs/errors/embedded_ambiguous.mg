package main

import "fmt"

type Person struct {
	Name string
}

type Company struct {
	Name string
}

type Employee struct {
	Person
	Company
	Salary int
}

func main() {
	e := Employee{Person{"ana"}, Company{"acme"}, 100}
	fmt.Println(e.Name) // ERROR "ambiguous selector e.Name"
	fmt.Println(e.Person.Name, e.Company.Name)
	e.Salary = "high" // ERROR "cannot use \"high\" \(untyped string constant\) as int value in assignment"
}
