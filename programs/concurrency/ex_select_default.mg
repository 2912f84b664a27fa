package main

// select with a default case never blocks: if no other case is ready right
// now, default runs. This gives non-blocking sends and receives.

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg: // nobody is receiving on an unbuffered channel
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	// With room in a buffer, the non-blocking send succeeds; a full buffer
	// makes it fall through to default.
	box := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		select {
		case box <- i:
			fmt.Println("put", i)
		default:
			fmt.Println("box full, dropped", i)
		}
	}
	// Drain without blocking.
	for {
		select {
		case v := <-box:
			fmt.Println("took", v)
			continue
		default:
		}
		break
	}
	fmt.Println("empty:", len(box) == 0)
}

// Output:
// no message received
// no message sent
// no activity
// put 1
// put 2
// box full, dropped 3
// took 1
// took 2
// empty: true
