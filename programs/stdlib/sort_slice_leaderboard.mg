package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Score struct {
	Player string
	Team   string
	Points int
	Time   float64
}

type Match struct {
	Teams [2]string
	Score [2]int
}

func main() {
	scores := []Score{
		{"ana", "red", 30, 12.5}, {"bo", "blue", 25, 11.0}, {"cy", "red", 30, 10.25},
		{"dee", "green", 18, 14.0}, {"eli", "blue", 30, 12.5}, {"fay", "green", 25, 9.75},
		{"gil", "red", 12, 20.0}, {"hu", "blue", 18, 13.5}, {"io", "green", 30, 12.5},
		{"jun", "red", 25, 11.0}, {"kai", "blue", 12, 8.0}, {"lea", "green", 18, 14.0},
		{"mo", "red", 30, 9.0}, {"nia", "blue", 25, 10.5},
	}

	// Unstable sort by points only: the order of ties is pdqsort's, exactly as Go's.
	byPoints := append([]Score(nil), scores...)
	sort.Slice(byPoints, func(i, j int) bool { return byPoints[i].Points > byPoints[j].Points })
	parts := []string{}
	for _, s := range byPoints {
		parts = append(parts, fmt.Sprintf("%s:%d", s.Player, s.Points))
	}
	fmt.Println(strings.Join(parts, " "))

	// Multi-key: points descending, then time ascending, then name.
	board := append([]Score(nil), scores...)
	sort.Slice(board, func(i, j int) bool {
		a, b := board[i], board[j]
		if a.Points != b.Points {
			return a.Points > b.Points
		}
		if a.Time != b.Time {
			return a.Time < b.Time
		}
		return a.Player < b.Player
	})
	for rank, s := range board {
		fmt.Printf("%2d. %-4s %-6s %3d %6.2f\n", rank+1, s.Player, s.Team, s.Points, s.Time)
	}

	// Stable sort by team keeps the leaderboard order inside each team.
	sort.SliceStable(board, func(i, j int) bool { return board[i].Team < board[j].Team })
	var sb strings.Builder
	for _, s := range board {
		sb.WriteString(s.Team[:1] + ":" + s.Player + " ")
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Println(sort.SliceIsSorted(board, func(i, j int) bool { return board[i].Team < board[j].Team }),
		sort.SliceIsSorted(board, func(i, j int) bool { return board[i].Points > board[j].Points }))

	// A pointer to an element keeps pointing at its slot while the elements move.
	top := &board[0]
	sort.Slice(board, func(i, j int) bool { return board[i].Player > board[j].Player })
	fmt.Println("slot 0 now holds", top.Player)
	top.Points = 99
	fmt.Println(board[0])

	// Slices of arrays and of pointers, and a sub-slice.
	matches := []Match{
		{[2]string{"red", "blue"}, [2]int{3, 1}},
		{[2]string{"green", "red"}, [2]int{2, 2}},
		{[2]string{"blue", "green"}, [2]int{0, 4}},
		{[2]string{"red", "green"}, [2]int{1, 0}},
	}
	sort.Slice(matches, func(i, j int) bool {
		return matches[i].Score[0]+matches[i].Score[1] > matches[j].Score[0]+matches[j].Score[1]
	})
	fmt.Println(matches)
	ptrs := []*Score{&scores[0], &scores[1], &scores[2], &scores[3]}
	sort.SliceStable(ptrs, func(i, j int) bool { return ptrs[i].Points < ptrs[j].Points })
	for _, p := range ptrs {
		fmt.Print(p.Player, " ")
	}
	fmt.Println(len(ptrs))
	nums := []int{9, 8, 7, 6, 5, 4, 3, 2, 1}
	mid := nums[2:7]
	sort.Slice(mid, func(i, j int) bool { return mid[i] < mid[j] })
	fmt.Println(nums, mid)
	letters := []byte("sorting")
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	fmt.Println(string(letters))

	// Shuffle a deck, then sort it back: the sorted deck is always the same.
	deck := make([]string, 0, 52)
	for _, suit := range "SHDC" {
		for rank := 1; rank <= 13; rank++ {
			deck = append(deck, fmt.Sprintf("%c%02d", suit, rank))
		}
	}
	rand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	hand := append([]string(nil), deck[:5]...)
	sort.Strings(hand)
	fmt.Println(len(hand), sort.StringsAreSorted(hand))
	sort.Slice(deck, func(i, j int) bool { return deck[i] < deck[j] })
	fmt.Println(deck[0], deck[12], deck[13], deck[51])
	perm := rand.Perm(20)
	sort.Ints(perm)
	ok := true
	for i, v := range perm {
		ok = ok && i == v
	}
	fmt.Println("perm is a permutation:", ok)

	// sort.Slice needs a slice.
	defer fmt.Println("deferred print runs")
	sort.Slice(len(deck), func(i, j int) bool { return i < j })
	fmt.Println("unreachable")
}

// Output:
// cy:30 ana:30 eli:30 mo:30 io:30 jun:25 bo:25 fay:25 nia:25 dee:18 lea:18 hu:18 kai:12 gil:12
//  1. mo   red     30   9.00
//  2. cy   red     30  10.25
//  3. ana  red     30  12.50
//  4. eli  blue    30  12.50
//  5. io   green   30  12.50
//  6. fay  green   25   9.75
//  7. nia  blue    25  10.50
//  8. bo   blue    25  11.00
//  9. jun  red     25  11.00
// 10. hu   blue    18  13.50
// 11. dee  green   18  14.00
// 12. lea  green   18  14.00
// 13. kai  blue    12   8.00
// 14. gil  red     12  20.00
// b:eli b:nia b:bo b:hu b:kai g:io g:fay g:dee g:lea r:mo r:cy r:ana r:jun r:gil
// true false
// slot 0 now holds nia
// {nia blue 99 10.5}
// [{[red blue] [3 1]} {[green red] [2 2]} {[blue green] [0 4]} {[red green] [1 0]}]
// dee bo ana cy 4
// [9 8 3 4 5 6 7 2 1] [3 4 5 6 7]
// ginorst
// 5 true
// C01 C13 D01 S13
// perm is a permutation: true
// deferred print runs
// Exit: 2
// Stderr: panic: reflect: call of Swapper on int Value
