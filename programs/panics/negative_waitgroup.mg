package main

import (
	"fmt"
	"sync"
)

func resize(name string, wg *sync.WaitGroup, ack chan<- string) {
	_ = len(name) * 2
	wg.Done()
	ack <- name
}

// The counter was sized when there were three images; a fourth was added later, so
// Done is called once more than Add counted. Each worker is acknowledged before the
// next one starts, so the order is fixed.
func main() {
	images := []string{"a.png", "b.png", "c.png", "d.png"}
	var wg sync.WaitGroup
	wg.Add(3) // BUG: should be wg.Add(len(images))
	ack := make(chan string)
	for _, img := range images {
		go resize(img, &wg, ack)
		fmt.Println("resized", <-ack)
	}
	wg.Wait()
}

// Output:
// resized a.png
// resized b.png
// resized c.png
// Exit: 2
// Stderr: panic: sync: negative WaitGroup counter
