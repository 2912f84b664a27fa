package main

import (
	"errors"
	"fmt"
)

var ErrConfig = errors.New("config missing")

func load(name string) error {
	return fmt.Errorf("load %q: %w", name, ErrConfig)
}

// panic with an error value prints its Error() text.
func main() {
	if err := load("app.toml"); err != nil {
		fmt.Println("fatal:", errors.Is(err, ErrConfig))
		panic(err)
	}
}

// Output:
// fatal: true
// Exit: 2
// Stderr: panic: load "app.toml": config missing
