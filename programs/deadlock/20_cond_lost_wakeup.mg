package main

// Startup runs two tasks and waits for them; then the server waits for the
// "config loaded" notification on a sync.Cond. The loader did Signal, but
// before anyone was waiting, and the waiter does not check a condition (a
// `loaded` flag in a loop): a Signal with no waiter is simply lost, so the
// Wait that comes later sleeps forever.
// GoBench kind: blocking bug / condition variable (lost wakeup).

import (
	"fmt"
	"sync"
)

var (
	mu     sync.Mutex
	cond   = sync.NewCond(&mu)
	config map[string]string
)

func loadConfig(wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	config = map[string]string{"mode": "production"}
	cond.Signal() // BUG: no one waits yet and no flag records it: this wakeup is lost
	mu.Unlock()
}

func openDatabase(wg *sync.WaitGroup) {
	defer wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go loadConfig(&wg)
	go openDatabase(&wg)
	wg.Wait()
	fmt.Println("startup tasks finished; waiting for the config")
	mu.Lock()
	cond.Wait() // waits for a Signal that already happened
	fmt.Println("never printed:", config["mode"])
	mu.Unlock()
}

// Output:
// startup tasks finished; waiting for the config
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 25 41
