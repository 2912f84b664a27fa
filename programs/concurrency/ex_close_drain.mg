package main

// Closing a channel means "no more values". Receivers still get every value
// that was buffered before the close; after that, a receive returns at once
// with the zero value and ok == false, as often as you like.

import "fmt"

type point struct{ X, Y int }

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println("len after close:", len(ch), "cap:", cap(ch))
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	fmt.Println("plain receive after drain:", <-ch)

	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)

	p := make(chan point, 1)
	p <- point{1, 2}
	close(p)
	fmt.Println(<-p)
	fmt.Println(<-p)

	e := make(chan error)
	close(e)
	fmt.Println(<-e)

	// Closing wakes up every blocked receiver at once.
	gate := make(chan struct{})
	woke := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-gate
			woke <- i
		}(i)
	}
	close(gate)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-woke
	}
	fmt.Println("all three receivers woke up, ids sum to", sum)
}

// Output:
// len after close: 2 cap: 3
// 1 true
// 2 true
// 0 false
// 0 false
// plain receive after drain: 0
// "" false
// {1 2}
// {0 0}
// <nil>
// all three receivers woke up, ids sum to 3
