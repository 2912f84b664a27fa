package main

import "fmt"

type Lock struct {
	name   string
	locked bool
	log    *[]string
}

func (l *Lock) Lock() {
	if l.locked {
		panic("double lock of " + l.name)
	}
	l.locked = true
	*l.log = append(*l.log, "lock "+l.name)
}

func (l *Lock) Unlock() {
	l.locked = false
	*l.log = append(*l.log, "unlock "+l.name)
}

func withLock(l *Lock, f func() error) error {
	l.Lock()
	defer l.Unlock()
	return f()
}

// Deferring in a loop body defers to the end of the function, so each
// iteration is wrapped in its own function literal to release early.
func main() {
	var log []string
	locks := []*Lock{{name: "a", log: &log}, {name: "b", log: &log}, {name: "c", log: &log}}

	for _, l := range locks {
		func() {
			l.Lock()
			defer l.Unlock()
			log = append(log, "work "+l.name)
		}()
	}
	for _, entry := range log {
		fmt.Println(entry)
	}

	log = log[:0]
	err := withLock(locks[0], func() error {
		return withLock(locks[1], func() error {
			return fmt.Errorf("inner failed while holding %s and %s", locks[0].name, locks[1].name)
		})
	})
	fmt.Println(err)
	fmt.Println(log, locks[0].locked, locks[1].locked)

	// Panics still run deferred unlocks.
	log = log[:0]
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		withLock(locks[2], func() error {
			locks[2].Lock()
			return nil
		})
	}()
	fmt.Println(log, locks[2].locked)

	// Defer order across nested calls.
	fmt.Println(nest(3))
}

func nest(n int) (out string) {
	defer func() { out += fmt.Sprint(n) }()
	if n == 0 {
		return "|"
	}
	return nest(n-1) + "."
}

// Output:
// lock a
// work a
// unlock a
// lock b
// work b
// unlock b
// lock c
// work c
// unlock c
// inner failed while holding a and b
// [lock a lock b unlock b unlock a] false false
// recovered: double lock of c
// [lock c unlock c] false
// |0.1.2.3
