package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type User struct {
	ID   int
	Name string
}

var db = map[int]User{1: {1, "admin"}, 2: {2, "guest"}}

func findUser(id int) (User, error) {
	u, ok := db[id]
	if !ok {
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func deleteUser(actor, target int) error {
	a, err := findUser(actor)
	if err != nil {
		return fmt.Errorf("delete: actor: %w", err)
	}
	if a.Name != "admin" {
		return fmt.Errorf("delete by %s: %w", a.Name, ErrPermission)
	}
	if _, err := findUser(target); err != nil {
		return fmt.Errorf("delete: target: %w", err)
	}
	delete(db, target)
	return nil
}

// Wrapping with %w keeps the chain; errors.Is walks it, errors.Unwrap peels one layer.
func main() {
	cases := [][2]int{{1, 2}, {2, 1}, {3, 1}, {1, 9}, {1, 2}}
	for _, c := range cases {
		err := deleteUser(c[0], c[1])
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrPermission):
			fmt.Println("forbidden:", err)
		default:
			fmt.Println("other:", err)
		}
	}

	err := deleteUser(5, 1)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)

	// %v instead of %w formats the message but breaks the chain.
	flat := fmt.Errorf("flattened: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)

	// Two errors with the same text are still different values.
	other := errors.New("not found")
	fmt.Println(other.Error() == ErrNotFound.Error(), other == ErrNotFound, errors.Is(other, ErrNotFound))

	// Errorf without any wrapping verb.
	e := fmt.Errorf("code %d, %s", 404, "page missing")
	fmt.Printf("%q %T\n", e.Error(), errors.Unwrap(e))
}

// Output:
// ok
// missing: delete: actor: user 2: not found
// missing: delete: actor: user 3: not found
// missing: delete: target: user 9: not found
// missing: delete: target: user 2: not found
// *fmt.wrapError: delete: actor: user 5: not found
// *fmt.wrapError: user 5: not found
// *errors.errorString: not found
// true
// flattened: not found false true
// true false false
// "code 404, page missing" <nil>
