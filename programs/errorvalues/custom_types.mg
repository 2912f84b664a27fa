package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e TimeoutError) Temporary() bool { return true }

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty input")

func parse(lines []string) error {
	if len(lines) == 0 {
		return ErrEmpty
	}
	for i, l := range lines {
		if l == "" {
			return &ParseError{Line: i + 1, Msg: "blank line"}
		}
	}
	return nil
}

func run(q string) error {
	switch q {
	case "slow":
		return &QueryError{q, TimeoutError{"read"}}
	case "bad":
		return &QueryError{q, fmt.Errorf("parsing: %w", &ParseError{3, "unexpected ')'"})}
	case "none":
		return &QueryError{q, ErrEmpty}
	}
	return nil
}

// errors.As finds an error of a given type anywhere in the chain.
func main() {
	for _, in := range [][]string{{"a", "b"}, {}, {"a", "", "c"}} {
		err := parse(in)
		var pe *ParseError
		switch {
		case err == nil:
			fmt.Println("parsed", len(in), "lines")
		case errors.As(err, &pe):
			fmt.Println("parse error at line", pe.Line, "-", pe.Msg)
		default:
			fmt.Println("error:", err)
		}
	}

	for _, q := range []string{"slow", "bad", "none", "fine"} {
		err := run(q)
		if err == nil {
			fmt.Println(q, "-> ok")
			continue
		}
		fmt.Println(q, "->", err)

		var te TimeoutError
		if errors.As(err, &te) {
			fmt.Println("   timeout in", te.Op, "temporary:", te.Temporary())
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("   parse error on line", pe.Line)
		}
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("   query %q wraps %T\n", qe.Query, qe.Err)
		}
		fmt.Println("   is empty:", errors.Is(err, ErrEmpty))

		// Checking for a behaviour through an anonymous interface.
		var temp interface{ Temporary() bool }
		if errors.As(err, &temp) {
			fmt.Println("   temporary error")
		}
	}
}

// Output:
// parsed 2 lines
// error: empty input
// parse error at line 2 - blank line
// slow -> query slow: read: timeout
//    timeout in read temporary: true
//    query "slow" wraps main.TimeoutError
//    is empty: false
//    temporary error
// bad -> query bad: parsing: line 3: unexpected ')'
//    parse error on line 3
//    query "bad" wraps *fmt.wrapError
//    is empty: false
// none -> query none: empty input
//    query "none" wraps *errors.errorString
//    is empty: true
// fine -> ok
