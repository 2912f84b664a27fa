package main

import "fmt"

type User struct {
	Name  string
	Email string
	Name  string // ERROR "Name redeclared"
}

func (u User) Greet() string {
	return "hi " + u.Name
}

func (u User) Greet() string { // ERROR "method User.Greet already declared|Greet redeclared"
	return "hello " + u.Name
}

func lookup(id int) User {
	return User{Name: "ann"}
}

func lookup(name string) User { // ERROR "lookup redeclared in this block"
	return User{Name: name}
}

func main() {
	var limit = 10
	var limit = 20 // ERROR "limit redeclared in this block"
	fmt.Println(lookup(1).Greet(), limit)
}
