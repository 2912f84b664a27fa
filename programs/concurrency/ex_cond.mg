package main

// sync.Cond: goroutines Wait (in a loop, re-checking the condition) until
// another goroutine changes the state and calls Signal (wake one) or
// Broadcast (wake all). Wait unlocks c.L while waiting and locks it again
// before returning.

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	open  bool
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal() // one waiting consumer is enough for one item
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && q.open {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.open = false
	q.mu.Unlock()
	q.cond.Broadcast() // every consumer must see the queue is closed
}

func main() {
	q := &Queue{open: true}
	q.cond = sync.NewCond(&q.mu)

	var wg sync.WaitGroup
	sums := make([]int, 3)
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[c] += v
			}
		}(c)
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	fmt.Println("total consumed:", sums[0]+sums[1]+sums[2])
}

// Output:
// total consumed: 5050
