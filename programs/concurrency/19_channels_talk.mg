package main

// Concept 19: "Do not communicate by sharing memory; share memory by
// communicating." A channel is a typed pipe between goroutines: make creates
// it, `ch <- v` sends, `<-ch` receives. The value moves from one goroutine to
// the other, and the two are synchronized by the exchange.

import (
	"fmt"
	"strings"
)

type message struct {
	from string
	text string
}

func shouter(in <-chan message, out chan<- message) {
	for m := range in {
		out <- message{"shouter", strings.ToUpper(m.text) + "!"}
	}
	close(out)
}

func main() {
	var ch chan int
	fmt.Println("zero value of a channel:", ch == nil)

	ch = make(chan int)
	go func() { ch <- 6 * 7 }()
	answer := <-ch
	fmt.Println("received", answer)

	in, out := make(chan message), make(chan message)
	go shouter(in, out)
	for _, w := range []string{"hello", "channels"} {
		in <- message{"main", w}
		reply := <-out
		fmt.Printf("%s -> %s: %s\n", reply.from, "main", reply.text)
	}
	close(in)
	_, ok := <-out
	fmt.Println("shouter closed its channel:", !ok)
}

// Output:
// zero value of a channel: true
// received 42
// shouter -> main: HELLO!
// shouter -> main: CHANNELS!
// shouter closed its channel: true
