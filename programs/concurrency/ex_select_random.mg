package main

// When several cases of a select are ready, Go picks one uniformly at random;
// the order of the cases in the source does not matter. Over 2000 rounds with
// both channels always ready, each case wins roughly half the time.

import "fmt"

func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	fmt.Println("total:", counts["a"]+counts["b"])
	// A fair coin falls outside 800..1200 in 2000 throws with probability ~1e-19.
	fmt.Println("a chosen a fair share:", counts["a"] > 800 && counts["a"] < 1200)
	fmt.Println("b chosen a fair share:", counts["b"] > 800 && counts["b"] < 1200)

	// Three ready cases, one of them a send.
	c := make(chan int, 1)
	seen := map[string]bool{}
	for i := 0; i < 300; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			seen["recv a"] = true
		case <-b:
			seen["recv b"] = true
		case c <- 1:
			seen["send c"] = true
		}
		for _, ch := range []chan int{a, b, c} {
			select {
			case <-ch:
			default:
			}
		}
	}
	fmt.Println("every case was chosen at some point:", seen)
}

// Output:
// total: 2000
// a chosen a fair share: true
// b chosen a fair share: true
// every case was chosen at some point: map[recv a:true recv b:true send c:true]
