package main

// Channels are values: they can be compared (same channel or not), used as
// map keys, stored in structs and slices, and sent over other channels. The
// element type can be anything: struct{}, functions, channels.

import "fmt"

type job struct {
	id     int
	result chan int
}

func main() {
	a := make(chan int)
	b := a
	c := make(chan int)
	fmt.Println("a == b:", a == b, "| a == c:", a == c)

	names := map[chan int]string{a: "a", c: "c"}
	fmt.Println("lookup by channel:", names[b], names[c])

	funcs := make(chan func(int) int, 2)
	funcs <- func(x int) int { return x + 1 }
	funcs <- func(x int) int { return x * 10 }
	close(funcs)
	v := 4
	for f := range funcs {
		v = f(v)
	}
	fmt.Println("functions through a channel:", v)

	jobs := make(chan job)
	go func() {
		for j := range jobs {
			j.result <- j.id * j.id
		}
	}()
	for i := 1; i <= 3; i++ {
		j := job{i, make(chan int)}
		jobs <- j
		fmt.Println("job", j.id, "->", <-j.result)
	}
	close(jobs)

	chans := []chan string{make(chan string, 1), make(chan string, 1)}
	for i, ch := range chans {
		ch <- fmt.Sprint("slot ", i)
	}
	fmt.Println(<-chans[1], <-chans[0])

	fmt.Printf("%T | %T | %T | %T\n", make(chan struct{}), funcs, jobs, chans)
	var none chan error
	fmt.Printf("%v %T\n", none, none)
}

// Output:
// a == b: true | a == c: false
// lookup by channel: a c
// functions through a channel: 50
// job 1 -> 1
// job 2 -> 4
// job 3 -> 9
// slot 1 slot 0
// chan struct {} | chan func(int) int | chan main.job | []chan string
// <nil> chan error
