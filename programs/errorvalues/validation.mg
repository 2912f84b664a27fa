package main

import (
	"errors"
	"fmt"
)

type FieldError struct {
	Field string
	Issue string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Issue }

// MultiError collects several errors; it unwraps to the first one.
type MultiError []error

func (m MultiError) Error() string {
	switch len(m) {
	case 0:
		return "no errors"
	case 1:
		return m[0].Error()
	}
	s := fmt.Sprintf("%d errors:", len(m))
	for _, e := range m {
		s += "\n  - " + e.Error()
	}
	return s
}

func (m MultiError) Unwrap() error {
	if len(m) == 0 {
		return nil
	}
	return m[0]
}

// orNil avoids the typed-nil trap: an empty MultiError becomes a nil error.
func (m MultiError) orNil() error {
	if len(m) == 0 {
		return nil
	}
	return m
}

var ErrRequired = errors.New("required")

type Signup struct {
	Name  string
	Email string
	Age   int
}

func validate(s Signup) error {
	var errs MultiError
	if s.Name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if s.Email == "" {
		errs = append(errs, fmt.Errorf("email: %w", ErrRequired))
	} else if !contains(s.Email, '@') {
		errs = append(errs, FieldError{"email", "missing @"})
	}
	if s.Age < 13 || s.Age > 130 {
		errs = append(errs, FieldError{"age", fmt.Sprintf("%d out of range", s.Age)})
	}
	return errs.orNil()
}

func contains(s string, c rune) bool {
	for _, r := range s {
		if r == c {
			return true
		}
	}
	return false
}

func main() {
	forms := []Signup{
		{"Ava", "ava@example.com", 30},
		{"", "", 5},
		{"Bijan", "bijan.example.com", 40},
		{"Cyrus", "", 200},
	}
	for i, f := range forms {
		err := validate(f)
		fmt.Printf("form %d: nil=%t\n", i, err == nil)
		if err == nil {
			continue
		}
		fmt.Println(err)
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field error is in", fe.Field)
		}
		fmt.Println("  first is required:", errors.Is(err, ErrRequired))
		if m, ok := err.(MultiError); ok {
			for _, e := range m {
				var fe FieldError
				fmt.Printf("  %-28v field=%-5t required=%t\n", e, errors.As(e, &fe), errors.Is(e, ErrRequired))
			}
		}
	}

	// The typed-nil trap: returning a nil MultiError directly as error.
	var empty MultiError
	var asErr error = empty
	fmt.Println(asErr == nil, empty.orNil() == nil, asErr)
}

// Output:
// form 0: nil=true
// form 1: nil=false
// 3 errors:
//   - name: required
//   - email: required
//   - age: 5 out of range
//   first is required: true
//   name: required               field=false required=true
//   email: required              field=false required=true
//   age: 5 out of range          field=true  required=false
// form 2: nil=false
// email: missing @
//   first field error is in email
//   first is required: false
//   email: missing @             field=true  required=false
// form 3: nil=false
// 2 errors:
//   - email: required
//   - age: 200 out of range
//   first is required: true
//   email: required              field=false required=true
//   age: 200 out of range        field=true  required=false
// false true no errors
