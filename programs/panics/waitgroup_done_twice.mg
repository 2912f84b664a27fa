package main

import (
	"errors"
	"fmt"
	"sync"
)

func send(id int) error {
	if id == 2 {
		return errors.New("quota exceeded")
	}
	return nil
}

func upload(id int, wg *sync.WaitGroup, ack chan<- error) {
	err := send(id)
	if err != nil {
		fmt.Println("upload", id, "failed:", err)
		wg.Done() // BUG: Done is called again below
	}
	wg.Done()
	ack <- err
}

// One Add per upload, but the error path calls Done an extra time. The uploads run one
// at a time, so the order is fixed.
func main() {
	var wg sync.WaitGroup
	ack := make(chan error)
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go upload(id, &wg, ack)
		fmt.Println("upload", id, <-ack)
		wg.Wait()
	}
}

// Output:
// upload 1 <nil>
// upload 2 failed: quota exceeded
// Exit: 2
// Stderr: panic: sync: negative WaitGroup counter
