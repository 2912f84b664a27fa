package main

// Concept 3: the best number of goroutines for real work (a mix of computing
// and waiting) is found by trial and error: benchmark several settings and
// keep the fastest. Each job here computes 1 tick, waits 3 ticks for I/O and
// computes 1 more; the machine has 2 processors; time is virtual.

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
	job := []step{{true, 1}, {false, 3}, {true, 1}}
	base := run(1, 24, 2, job)
	best, bestTicks := 1, base
	fmt.Println("workers  ticks  speed-up")
	for _, w := range []int{1, 2, 3, 4, 6, 8, 12, 24} {
		t := run(w, 24, 2, job)
		fmt.Printf("%7d  %5d  %7.2fx\n", w, t, float64(base)/float64(t))
		if t < bestTicks {
			best, bestTicks = w, t
		}
	}
	fmt.Printf("best: %d workers (%d ticks); more gains nothing\n", best, bestTicks)
}

// Output:
// workers  ticks  speed-up
//       1    120     1.00x
//       2     60     2.00x
//       3     44     2.73x
//       4     36     3.33x
//       6     26     4.62x
//       8     25     4.80x
//      12     24     5.00x
//      24     24     5.00x
// best: 12 workers (24 ticks); more gains nothing
