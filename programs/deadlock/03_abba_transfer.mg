package main

// Two transfers between the same two accounts run at once, in opposite
// directions. Each locks its source account, then its destination. Transfer
// alice->bob holds alice and wants bob; transfer bob->alice holds bob and
// wants alice: a lock-order cycle. The fix is one global lock order (for
// example by account name).
// GoBench kind: resource deadlock / AB-BA deadlock.

import (
	"fmt"
	"sync"
)

type Account struct {
	name    string
	mu      sync.Mutex
	balance int
}

// bothHold stands in for the work a transfer does between its two locks: it
// makes the bad interleaving certain (each transfer holds its first lock
// before either one tries its second).
var bothHold sync.WaitGroup

func transfer(from, to *Account, amount int, done *sync.WaitGroup) {
	defer done.Done()
	from.mu.Lock() // BUG: locks in argument order, not in one global order
	defer from.mu.Unlock()
	bothHold.Done()
	bothHold.Wait()
	to.mu.Lock() // each transfer waits here for the lock the other one holds
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	alice := &Account{name: "alice", balance: 100}
	bob := &Account{name: "bob", balance: 100}
	var done sync.WaitGroup
	bothHold.Add(2)
	done.Add(2)
	fmt.Println("transferring between", alice.name, "and", bob.name)
	go transfer(alice, bob, 10, &done)
	go transfer(bob, alice, 20, &done)
	done.Wait()
	fmt.Println("never printed:", alice.balance, bob.balance)
}

// Output:
// transferring between alice and bob
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 28 32 47
