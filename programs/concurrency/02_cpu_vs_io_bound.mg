package main

// Concept 2: for I/O-bound work (waiting on disks, networks) more goroutines
// help, because waiting needs no processor. For CPU-bound work, more workers
// than processors does not help: they only queue for the same processors.
// A virtual-time simulation on 2 processors makes the numbers exact.

import "fmt"

type step struct {
	cpu   bool // needs a processor; otherwise it only waits (I/O)
	ticks int
}

type req struct {
	step
	worker int
	done   chan struct{}
}

// run: `workers` goroutines share `jobs` jobs on `cores` processors. The clock
// moves only when every worker is blocked; workers are served in a fixed order.
func run(workers, jobs, cores int, job []step) (clock int) {
	queue := make(chan int, jobs)
	for i := 0; i < jobs; i++ {
		queue <- i
	}
	close(queue)
	var woken []int
	events := make([]chan *req, workers)
	for w := range events {
		events[w] = make(chan *req)
		woken = append(woken, w)
		go func(w int) {
			for range queue {
				for _, s := range job {
					r := &req{s, w, make(chan struct{})}
					events[w] <- r
					<-r.done
				}
			}
			close(events[w])
		}(w)
	}
	var ready, busy []*req // busy: on a processor, or waiting for I/O
	used := 0              // processors taken
	for {
		for _, w := range woken {
			if r, ok := <-events[w]; ok && r.cpu {
				ready = append(ready, r)
			} else if ok {
				busy = append(busy, r)
			}
		}
		for woken = nil; used < cores && len(ready) > 0; used++ {
			busy, ready = append(busy, ready[0]), ready[1:]
		}
		if len(busy) == 0 {
			return clock
		}
		clock++
		var left []*req
		for _, r := range busy {
			if r.ticks--; r.ticks > 0 {
				left = append(left, r)
			} else {
				close(r.done)
				woken = append(woken, r.worker)
				used -= boolToInt(r.cpu)
			}
		}
		busy = left
	}
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	cpuJob := []step{{true, 4}}
	ioJob := []step{{false, 4}}
	fmt.Println("8 jobs of 4 ticks each, 2 processors")
	fmt.Println("workers  CPU-bound  I/O-bound")
	for _, w := range []int{1, 2, 4, 8} {
		fmt.Printf("%7d  %9d  %9d\n", w, run(w, 8, 2, cpuJob), run(w, 8, 2, ioJob))
	}
}

// Output:
// 8 jobs of 4 ticks each, 2 processors
// workers  CPU-bound  I/O-bound
//       1         32         32
//       2         16         16
//       4         16          8
//       8         16          4
