package main

// Concept 1: an operating system runs many tasks on one CPU by giving each a
// short time slice and then switching to the next one. Each switch (a context
// switch) saves one task's state and restores another's: it costs time.
//
// Here the scheduler loop in main plays the OS. It owns the only CPU and hands
// it to one task at a time, for a slice of at most 3 units of work. A task that
// still has work when its slice ends is preempted and goes to the back of the
// run queue. Every hand-off to a different task is a context switch.

import "fmt"

type task struct {
	name string
	work int      // units of work still to do
	run  chan int // the scheduler grants a slice here
	used chan int // the task answers with the units it used
}

func (t *task) loop() {
	for slice := range t.run {
		n := 0
		for n < slice && t.work > 0 {
			t.work--
			n++
		}
		t.used <- n
	}
}

func main() {
	tasks := []*task{{name: "editor", work: 4}, {name: "compiler", work: 8}, {name: "music", work: 5}}
	total := 0
	for _, t := range tasks {
		t.run, t.used = make(chan int), make(chan int)
		total += t.work
		go t.loop()
	}

	const slice, switchCost = 3, 1
	queue := append([]*task{}, tasks...)
	clock, switches, preemptions := 0, 0, 0
	var last *task
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		if last != nil && last != t {
			switches++
			clock += switchCost // saving and restoring state is not free
		}
		last = t
		t.run <- slice
		n := <-t.used
		clock += n
		fmt.Printf("t=%2d  %-8s ran %d unit(s), %d left\n", clock, t.name, n, t.work)
		if t.work > 0 {
			preemptions++
			queue = append(queue, t)
		} else {
			close(t.run)
		}
	}
	fmt.Println("useful work:     ", total)
	fmt.Println("context switches:", switches)
	fmt.Println("preemptions:     ", preemptions)
	fmt.Println("elapsed:         ", clock, "(work + switches x cost)")
}

// Output:
// t= 3  editor   ran 3 unit(s), 1 left
// t= 7  compiler ran 3 unit(s), 5 left
// t=11  music    ran 3 unit(s), 2 left
// t=13  editor   ran 1 unit(s), 0 left
// t=17  compiler ran 3 unit(s), 2 left
// t=20  music    ran 2 unit(s), 0 left
// t=23  compiler ran 2 unit(s), 0 left
// useful work:      17
// context switches: 6
// preemptions:      4
// elapsed:          23 (work + switches x cost)
