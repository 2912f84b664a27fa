package main

// merge fans two event sources into one channel: a goroutine selects on
// both sources and forwards whatever arrives. It can only stop when both
// sources are closed, but the sources just return when they run out of
// events and never close their channels. Once they are gone, nothing can
// ever send on either channel again, so the merger waits in its select
// forever (even though main still holds the merged channel: what counts is
// who can reach the channels it waits on). main goes on with other batches,
// and the leak check reports one merger per batch while the program runs.
// GoBench kind: goroutine leak / channel (select whose channels became unreachable).

import (
	"fmt"
	"time"
)

func source(name string, n int, out chan<- string) {
	for i := 1; i <= n; i++ {
		out <- fmt.Sprintf("%s-%d", name, i)
	}
	// BUG: should close(out): the merger cannot tell that this source is done
}

func merge(a, b <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		for a != nil || b != nil {
			select { // blocks forever once both sources have returned
			case e, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- e
			case e, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- e
			}
		}
		close(out)
	}()
	return out
}

func batch(id int) int {
	clicks := make(chan string)
	views := make(chan string)
	go source("click", 2, clicks)
	go source("view", 3, views)
	events := merge(clicks, views)
	// The caller knows how many events to expect, so it does not need close.
	for i := 0; i < 5; i++ {
		<-events
	}
	return 5
}

func main() {
	total := 0
	for id := 1; id <= 3; id++ {
		total += batch(id)
		fmt.Println("batch", id, "done")
		time.Sleep(20 * time.Millisecond) // the service idles between batches
	}
	fmt.Println("events processed:", total)
	for tick := 0; tick < 5; tick++ {
		time.Sleep(30 * time.Millisecond) // idle until shutdown
	}
	fmt.Println("service idle")
}

// Output:
// batch 1 done
// batch 2 done
// batch 3 done
// events processed: 15
// service idle
// Exit: 0
// Leaks: 3
// Report: 27 29
// Found: 3
