package main

// main fetches URLs one at a time, each in a goroutine that sends the body
// back on a channel. For an insecure URL the fetcher prints a warning and
// returns, without sending a body or an error: main waits for a reply that
// will never come.
// GoBench kind: communication deadlock / channel (receive with no sender).

import (
	"fmt"
	"strings"
)

func fetch(url string, result chan<- string) {
	if !strings.HasPrefix(url, "https://") {
		fmt.Println("fetch: refusing insecure url", url)
		return // BUG: returns without sending anything on result
	}
	result <- "body of " + url
}

func main() {
	result := make(chan string)
	for _, u := range []string{"https://a.example", "http://b.example"} {
		go fetch(u, result)
		fmt.Println(<-result) // waits forever for the second fetch
	}
}

// Output:
// body of https://a.example
// fetch: refusing insecure url http://b.example
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Report: 17 26
