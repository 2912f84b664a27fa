package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Draft State = iota
	Submitted
	Approved
	Rejected
	Paid
)

var stateNames = map[State]string{
	Draft: "draft", Submitted: "submitted", Approved: "approved", Rejected: "rejected", Paid: "paid",
}

func (s State) String() string { return stateNames[s] }

type Event string

type transition struct {
	from State
	on   Event
}

var table = map[transition]State{
	{Draft, "submit"}:     Submitted,
	{Submitted, "approve"}: Approved,
	{Submitted, "reject"}:  Rejected,
	{Rejected, "edit"}:     Draft,
	{Approved, "pay"}:      Paid,
}

var ErrBadTransition = errors.New("transition not allowed")

type Invoice struct {
	ID      int
	Amount  float64
	State   State
	History []State
}

func (inv *Invoice) Fire(e Event) error {
	next, ok := table[transition{inv.State, e}]
	if !ok {
		return fmt.Errorf("invoice %d: %q in state %v: %w", inv.ID, e, inv.State, ErrBadTransition)
	}
	inv.History = append(inv.History, inv.State)
	inv.State = next
	return nil
}

// A table-driven state machine with struct map keys and a Stringer enum.
func main() {
	invoices := []*Invoice{{ID: 1, Amount: 120.5}, {ID: 2, Amount: 99}, {ID: 3, Amount: 5000}}
	script := map[int][]Event{
		1: {"submit", "approve", "pay"},
		2: {"submit", "reject", "edit", "submit", "approve"},
		3: {"approve", "submit", "pay", "reject"},
	}
	for _, inv := range invoices {
		for _, e := range script[inv.ID] {
			if err := inv.Fire(e); err != nil {
				fmt.Println("  error:", err, errors.Is(err, ErrBadTransition))
				continue
			}
			fmt.Printf("invoice %d: %-7s -> %v\n", inv.ID, e, inv.State)
		}
	}
	fmt.Println("--- summary ---")
	byState := map[State][]int{}
	total := map[State]float64{}
	for _, inv := range invoices {
		byState[inv.State] = append(byState[inv.State], inv.ID)
		total[inv.State] += inv.Amount
		fmt.Printf("%d %-9v %v\n", inv.ID, inv.State, inv.History)
	}
	fmt.Println(byState)
	fmt.Println(total)
	for s := Draft; s <= Paid; s++ {
		fmt.Printf("%-10s %d %8.2f\n", s, len(byState[s]), total[s])
	}
}

// Output:
// invoice 1: submit  -> submitted
// invoice 1: approve -> approved
// invoice 1: pay     -> paid
// invoice 2: submit  -> submitted
// invoice 2: reject  -> rejected
// invoice 2: edit    -> draft
// invoice 2: submit  -> submitted
// invoice 2: approve -> approved
//   error: invoice 3: "approve" in state draft: transition not allowed true
// invoice 3: submit  -> submitted
//   error: invoice 3: "pay" in state submitted: transition not allowed true
// invoice 3: reject  -> rejected
// --- summary ---
// 1 paid      [draft submitted approved]
// 2 approved  [draft submitted rejected draft submitted]
// 3 rejected  [draft submitted]
// map[approved:[2] rejected:[3] paid:[1]]
// map[approved:99 rejected:5000 paid:120.5]
// draft      0     0.00
// submitted  0     0.00
// approved   1    99.00
// rejected   1  5000.00
// paid       1   120.50
