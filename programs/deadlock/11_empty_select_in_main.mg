package main

// A small service starts its background job and then parks main with
// `select {}` to "run forever", an idiom borrowed from servers whose
// listeners never stop. Here the only job finishes its batch and exits,
// leaving main as the last goroutine, asleep on a select with no cases.
// GoBench kind: communication deadlock / channel (empty select).

import "fmt"

func batch(items []string) {
	for i, it := range items {
		fmt.Println("processed", i+1, "of", len(items), ":", it)
	}
	fmt.Println("batch done")
}

func main() {
	fmt.Println("service started")
	go batch([]string{"invoice-1", "invoice-2", "invoice-3"})
	select {} // BUG: nothing will ever wake main once the batch is done
}

// Output:
// service started
// processed 1 of 3 : invoice-1
// processed 2 of 3 : invoice-2
// processed 3 of 3 : invoice-3
// batch done
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 21
