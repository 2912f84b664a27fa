package main

// Deposit holds the account's lock and, to record the new balance in the
// history, calls the public Balance method, which takes the same lock again.
// Each method is correct on its own; together they block the caller on a
// lock it already holds itself.
// GoBench kind: resource deadlock / double locking (through a method call).

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
	history []int
}

func (a *Account) Balance() int {
	a.mu.Lock() // blocks: this goroutine already holds a.mu (taken in Deposit)
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) Deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
	a.history = append(a.history, a.Balance()) // BUG: Balance locks a.mu a second time
}

func main() {
	acc := &Account{}
	fmt.Println("balance:", acc.Balance())
	fmt.Println("depositing 50...")
	acc.Deposit(50)
	fmt.Println("never printed:", acc.history)
}

// Output:
// balance: 0
// depositing 50...
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 21 27 30
