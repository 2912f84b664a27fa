package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done:  // ERROR "invalid operation: cannot receive from non-channel ctx.Done"
			return
		case out <- i:
		}
	}
}

func main() {
	ctx := context.WithTimeout(context.Background(), time.Second) // ERROR "assignment mismatch: 1 variable but context.WithTimeout returns 2 values"
	out := make(chan int)
	go worker(ctx, out)
	fmt.Println(<-out)
}
