package main

// Unbuffered channels: a send and a receive meet. Ping-pong between two
// goroutines alternates strictly, because each one waits for the other.

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for ball := range in {
		if ball == 6 {
			done <- fmt.Sprintf("%s wins at hit %d", name, ball)
			return
		}
		fmt.Println(name, "hits", ball)
		out <- ball + 1
	}
	done <- name + " leaves: the table is closed"
}

func main() {
	toPing, toPong := make(chan int), make(chan int)
	fmt.Println("len", len(toPing), "cap", cap(toPing))
	done := make(chan string)
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- 1 // serve
	fmt.Println(<-done)
	close(toPing) // pong won and returned; ping still waits on toPing
	close(toPong)
	fmt.Println(<-done)
}

// Output:
// len 0 cap 0
// ping hits 1
// pong hits 2
// ping hits 3
// pong hits 4
// ping hits 5
// pong wins at hit 6
// ping leaves: the table is closed
