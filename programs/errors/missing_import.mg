package main

import "fmt"

type Job struct {
	Name string
}

func main() {
	var wg sync.WaitGroup // ERROR "undefined: sync"
	jobs := []Job{{"build"}, {"test"}}
	for _, j := range jobs {
		name := strings.ToUpper(j.Name) // ERROR "undefined: strings"
		fmt.Println(name)
	}
	wg.Wait()
}
