package main

import "fmt"

type HTTPError struct {
	Code int
	Path string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("%d on %s", e.Code, e.Path)
}

func serve(path string) {
	if path != "/" {
		panic(&HTTPError{404, path})
	}
	fmt.Println("served", path)
}

// A panic with a pointer to a custom error type prints its Error() text.
func main() {
	for _, p := range []string{"/", "/", "/admin"} {
		serve(p)
	}
}

// Output:
// served /
// served /
// Exit: 2
// Stderr: panic: 404 on /admin
