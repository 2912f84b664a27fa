package main

// for v := range ch receives until ch is closed and drained. Leaving the loop
// early with break is fine: the rest stays in the channel.

import "fmt"

func main() {
	queue := make(chan string, 3)
	queue <- "one"
	queue <- "two"
	queue <- "three"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}

	squares := make(chan int)
	go func() {
		defer close(squares)
		for i := 1; i <= 5; i++ {
			squares <- i * i
		}
	}()
	sum := 0
	for s := range squares {
		sum += s
	}
	fmt.Println("sum of squares:", sum)

	buf := make(chan int, 5)
	for i := 0; i < 5; i++ {
		buf <- i
	}
	for v := range buf {
		if v == 2 {
			break
		}
		fmt.Println("got", v)
	}
	fmt.Println("left in the channel:", len(buf))

	// The range variable may be omitted.
	close(buf)
	n := 0
	for range buf {
		n++
	}
	fmt.Println("drained", n, "more")
}

// Output:
// one
// two
// three
// sum of squares: 55
// got 0
// got 1
// left in the channel: 2
// drained 2 more
