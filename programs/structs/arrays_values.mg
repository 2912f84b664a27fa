package main

import "fmt"

type Board [3][3]rune

func (b Board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "\n"
	}
	return s
}

// A move returns a new board; the original stays unchanged because arrays are values.
func (b Board) Play(r, c int, who rune) Board {
	b[r][c] = who
	return b
}

func (b *Board) PlayInPlace(r, c int, who rune) { b[r][c] = who }

func sum(a [5]int) int {
	a[0] = 1000 // modifies the copy only
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	var empty Board
	for i := range empty {
		for j := range empty[i] {
			empty[i][j] = '.'
		}
	}
	b1 := empty.Play(1, 1, 'X')
	b2 := b1.Play(0, 0, 'O')
	fmt.Print(empty, "--\n", b1, "--\n", b2)
	b2.PlayInPlace(2, 2, 'X')
	fmt.Print("--\n", b2)

	nums := [5]int{1, 2, 3, 4, 5}
	fmt.Println(sum(nums), nums)

	// Assignment copies, comparison compares element by element.
	a := [3]string{"a", "b", "c"}
	b := a
	b[0] = "z"
	fmt.Println(a, b, a == b)
	b[0] = "a"
	fmt.Println(a == b)

	// Arrays in structs and structs in arrays are copied deeply.
	type Team struct {
		Name    string
		Players [2]string
	}
	t1 := Team{"red", [2]string{"ana", "ben"}}
	t2 := t1
	t2.Players[0] = "cat"
	fmt.Println(t1, t2, t1 == t2)

	teams := [2]Team{t1, t2}
	copyTeams := teams
	copyTeams[1].Name = "blue"
	fmt.Println(teams[1].Name, copyTeams[1].Name)

	// Ranging over an array ranges over a copy.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range saw", v)
		}
	}
	// Ranging over a pointer to an array or a slice sees the change.
	arr = [3]int{1, 2, 3}
	for i, v := range arr[:] {
		arr[2] = 100
		if i == 2 {
			fmt.Println("slice range saw", v)
		}
	}

	// Array literals with indexes and ... length.
	primes := [...]int{2, 3, 5, 7, 11}
	sparse := [10]int{1: 10, 5: 50, 9: 90}
	fmt.Println(len(primes), sparse)
	weekdays := [...]string{6: "Sat", 0: "Sun"}
	fmt.Printf("%q %d\n", weekdays, len(weekdays))

	// Pointers to arrays index and range directly.
	pa := &nums
	pa[4] = 50
	fmt.Println(nums[4], len(pa))
}

// Output:
// ...
// ...
// ...
// --
// ...
// .X.
// ...
// --
// O..
// .X.
// ...
// --
// O..
// .X.
// ..X
// 1014 [1 2 3 4 5]
// [a b c] [z b c] false
// true
// {red [ana ben]} {red [cat ben]} false
// red blue
// range saw 3
// slice range saw 100
// 5 [0 10 0 0 0 50 0 0 0 90]
// ["Sun" "" "" "" "" "" "Sat"] 7
// 50 5
