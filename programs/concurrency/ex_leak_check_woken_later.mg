package main

// What the leak check must not report: goroutines that are blocked now but
// that something will wake later. Each waiter below waits on a channel or a
// sync object that, once the function that set it up has returned, only a
// sleeping goroutine or a pending timer can reach: a sender asleep before
// it sends, a lock holder asleep before it unlocks, a time.AfterFunc that
// will close a channel or call wg.Done, a context whose deadline has not
// passed yet. main waits for their results on a channel that only the
// waiters can reach. The check runs while everyone waits (every goroutine
// is asleep or blocked): it marks what the sleepers and timers reach, then
// what the waiters they can wake reach, and so on; it finds nobody blocked
// forever, and says nothing. (Everything here ends well, so Go says nothing
// either.)

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

const later = 20 * time.Millisecond

// A receiver, and a sleeper that will send.
func receiver(results chan<- string) {
	ch := make(chan int)
	go func() { results <- fmt.Sprint("received ", <-ch) }()
	go func() {
		time.Sleep(later)
		ch <- 42
	}()
}

// A sender on a full buffer, and a sleeper that will drain it.
func fullBuffer(results chan<- string) {
	buf := make(chan string, 1)
	buf <- "first"
	go func() {
		buf <- "second"
		results <- "sent into a drained buffer"
	}()
	go func() {
		time.Sleep(later)
		<-buf
	}()
}

// A Mutex whose holder sleeps with it locked.
func lockedMutex(results chan<- string) {
	mu := new(sync.Mutex)
	mu.Lock()
	go func() {
		time.Sleep(later)
		mu.Unlock()
	}()
	go func() {
		mu.Lock()
		results <- "got the mutex"
		mu.Unlock()
	}()
}

// A writer behind a reader that sleeps with its read lock held.
func readLocked(results chan<- string) {
	rw := new(sync.RWMutex)
	rw.RLock()
	go func() {
		time.Sleep(later)
		rw.RUnlock()
	}()
	go func() {
		rw.Lock()
		results <- "got the write lock"
		rw.Unlock()
	}()
}

// A Cond waiter, and a sleeper that will change the condition.
func condition(results chan<- string) {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		results <- "condition met"
	}()
	go func() {
		time.Sleep(later)
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Broadcast()
	}()
}

// A channel that only a pending time.AfterFunc will close.
func afterFuncCloses(results chan<- string) {
	closed := make(chan struct{})
	time.AfterFunc(later, func() { close(closed) })
	go func() {
		<-closed
		results <- "closed by AfterFunc"
	}()
}

// A WaitGroup that only a pending AfterFunc (a method value) will finish.
func afterFuncDone(results chan<- string) {
	jobs := new(sync.WaitGroup)
	jobs.Add(1)
	time.AfterFunc(later, jobs.Done)
	go func() {
		jobs.Wait()
		results <- "jobs done"
	}()
}

// A context that only its deadline timer will cancel.
func deadline(results chan<- string) {
	ctx, cancel := context.WithTimeout(context.Background(), later)
	go func() {
		defer cancel()
		<-ctx.Done()
		results <- fmt.Sprint(ctx.Err())
	}()
}

func main() {
	results := make(chan string)
	setups := []func(chan<- string){
		receiver, fullBuffer, lockedMutex, readLocked,
		condition, afterFuncCloses, afterFuncDone, deadline,
	}
	for _, setup := range setups {
		setup(results)
	}
	setups = nil
	var got []string
	for len(got) < 8 {
		got = append(got, <-results) // main waits too: only the waiters can send
	}
	sort.Strings(got)
	for _, r := range got {
		fmt.Println(r)
	}
}

// Output:
// closed by AfterFunc
// condition met
// context deadline exceeded
// got the mutex
// got the write lock
// jobs done
// received 42
// sent into a drained buffer
