package main

// The two-value receive  v, ok := <-ch  tells a real value (ok == true) from
// the zero value a closed, drained channel returns (ok == false). That matters
// when the zero value is a legitimate message, like 0 here.

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 0 // a real zero
	close(ch)

	v, ok := <-ch
	fmt.Printf("v=%d ok=%t  (a value that was sent)\n", v, ok)
	v, ok = <-ch
	fmt.Printf("v=%d ok=%t  (closed and empty)\n", v, ok)

	// The same form works in if, switch and select statements.
	if v, ok := <-ch; !ok {
		fmt.Println("if: closed, got zero value", v)
	}
	words := make(chan string, 1)
	words <- "hi"
	for i := 0; i < 2; i++ {
		select {
		case w, ok := <-words:
			fmt.Printf("select: %q %v\n", w, ok)
			if ok {
				close(words)
			}
		}
	}

	// Reading ok in a loop is how a consumer notices the end without range.
	nums := make(chan int)
	go func() {
		for i := 3; i >= 0; i-- {
			nums <- i
		}
		close(nums)
	}()
	for {
		n, ok := <-nums
		if !ok {
			fmt.Println("done")
			break
		}
		fmt.Print(n, " ")
	}
}

// Output:
// v=0 ok=true  (a value that was sent)
// v=0 ok=false  (closed and empty)
// if: closed, got zero value 0
// select: "hi" true
// select: "" false
// 3 2 1 0 done
