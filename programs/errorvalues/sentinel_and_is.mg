package main

import (
	"errors"
	"fmt"
)

// An error type can define Is to match a family of errors.
type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	if !ok {
		return false
	}
	// Code 0 in the target matches any status from the same class (4xx, 5xx).
	if t.Code%100 == 0 {
		return e.Code/100 == t.Code/100
	}
	return e.Code == t.Code
}

var (
	ClientError = StatusError{400}
	ServerError = StatusError{500}
	NotFound    = StatusError{404}
)

func fetch(path string) (string, error) {
	switch path {
	case "/":
		return "home", nil
	case "/secret":
		return "", fmt.Errorf("fetch %s: %w", path, StatusError{403})
	case "/crash":
		return "", fmt.Errorf("fetch %s: %w", path, StatusError{503})
	}
	return "", fmt.Errorf("fetch %s: %w", path, StatusError{404})
}

type retryable struct{ error }

func main() {
	for _, p := range []string{"/", "/secret", "/crash", "/missing"} {
		body, err := fetch(p)
		if err != nil {
			fmt.Printf("%-9s %-28v client=%-5t server=%-5t notfound=%t\n", p, err,
				errors.Is(err, ClientError), errors.Is(err, ServerError), errors.Is(err, NotFound))
			continue
		}
		fmt.Printf("%-9s body=%s\n", p, body)
	}

	// Comparing errors with == only works on the exact value.
	_, err := fetch("/missing")
	fmt.Println(err == NotFound, errors.Unwrap(err) == NotFound)

	// An embedded error makes a struct an error too.
	r := retryable{errors.New("connection reset")}
	var e error = r
	fmt.Println(e, e.Error())
	fmt.Printf("%v %+v\n", r, r)

	// errors.Is with nil.
	fmt.Println(errors.Is(nil, NotFound), errors.Is(nil, nil), errors.Is(NotFound, nil))

	// Deep chains.
	deep := error(StatusError{418})
	for i := 0; i < 5; i++ {
		deep = fmt.Errorf("layer %d: %w", i, deep)
	}
	fmt.Println(deep)
	fmt.Println(errors.Is(deep, StatusError{418}), errors.Is(deep, ClientError), errors.Is(deep, ServerError))
	var se StatusError
	fmt.Println(errors.As(deep, &se), se.Code)
}

// Output:
// /         body=home
// /secret   fetch /secret: status 403    client=true  server=false notfound=false
// /crash    fetch /crash: status 503     client=false server=true  notfound=false
// /missing  fetch /missing: status 404   client=true  server=false notfound=true
// false true
// connection reset connection reset
// connection reset connection reset
// false true false
// layer 4: layer 3: layer 2: layer 1: layer 0: status 418
// true true false
// true 418
