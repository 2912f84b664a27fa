package main

import "fmt"

type Account struct {
	Owner   string
	balance float64
}

func (a *Account) Deposit(amount float64) {
	a.balance += amount
}

func main() {
	acc := &Account{Owner: "li"}
	acc.deposit(10) // ERROR "acc.deposit undefined .*but does have Deposit"
	fmt.Println(acc.Balance) // ERROR "acc.Balance undefined .*balance"
	fmt.Println(acc.owner) // ERROR "acc.owner undefined .*Owner"
	acc.Withdraw(5) // ERROR "acc.Withdraw undefined"
	fmt.Println(acc.Name) // ERROR "acc.Name undefined"
	acc.Depost(1) // ERROR "acc.Depost undefined \(type \*Account has no field or method Depost\)"
}
