package main

// A worker pool: a fixed number of workers take jobs from one channel and
// send results to another. Closing jobs tells the workers there is no more
// work; main knows how many results to expect.

import (
	"fmt"
	"sort"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{j, id, j * j}
	}
}

func main() {
	const numJobs, numWorkers = 9, 3
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)

	for w := 1; w <= numWorkers; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	var all []result
	busy := map[int]bool{}
	for a := 1; a <= numJobs; a++ {
		r := <-results
		all = append(all, r)
		busy[r.worker] = true
	}
	// Which worker did which job varies from run to run; the answers do not.
	sort.Slice(all, func(i, k int) bool { return all[i].job < all[k].job })
	for _, r := range all {
		fmt.Printf("job %d -> %d\n", r.job, r.value)
	}
	fmt.Println("workers used at most:", len(busy) <= numWorkers)
}

// Output:
// job 1 -> 1
// job 2 -> 4
// job 3 -> 9
// job 4 -> 16
// job 5 -> 25
// job 6 -> 36
// job 7 -> 49
// job 8 -> 64
// job 9 -> 81
// workers used at most: true
