package main

// Concept 25: a goroutine cannot be killed from outside. You ask it to stop,
// and it checks: it waits in a select on the data AND on a "done" signal —
// a done channel that is closed, or the Done() channel of a context that is
// cancelled or times out. ctx.Err() then says why.

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, jobs <-chan int, out chan<- string) {
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprint("worker stops: ", ctx.Err())
			return
		case j := <-jobs:
			out <- fmt.Sprint("worker did job ", j)
		}
	}
}

func main() {
	// 1. A plain done channel: closing it tells every listener at once.
	done := make(chan struct{})
	stopped := make(chan string)
	go func() {
		<-done
		stopped <- "done channel: goroutine told to stop"
	}()
	close(done)
	fmt.Println(<-stopped)

	// 2. context.WithCancel: cancel() closes ctx.Done().
	ctx, cancel := context.WithCancel(context.Background())
	jobs, out := make(chan int), make(chan string)
	go worker(ctx, jobs, out)
	for j := 1; j <= 2; j++ {
		jobs <- j
		fmt.Println(<-out)
	}
	fmt.Println("err before cancel:", ctx.Err())
	cancel()
	fmt.Println(<-out)

	// 3. context.WithTimeout: Done is closed when the time is up. No job ever
	// arrives, so only the timeout can end this worker.
	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel() // always release the context's resources
	go worker(tctx, make(chan int), out)
	fmt.Println(<-out)
}

// Output:
// done channel: goroutine told to stop
// worker did job 1
// worker did job 2
// err before cancel: <nil>
// worker stops: context canceled
// worker stops: context deadline exceeded
