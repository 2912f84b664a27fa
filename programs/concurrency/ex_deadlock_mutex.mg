package main

// sync.Mutex is not reentrant: a goroutine that locks a mutex it already
// holds waits for itself forever.

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	fmt.Println("deposited", n, "- now checking the balance while still locked")
	fmt.Println(a.Balance()) // Lock again inside Lock: deadlock
}

func main() {
	acct := &Account{}
	acct.Deposit(10)
}

// Output:
// deposited 10 - now checking the balance while still locked
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
