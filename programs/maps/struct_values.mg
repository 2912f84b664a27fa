package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []string
}

// Map values are not addressable: a struct stored in a map must be copied
// out, modified and stored back, or the map should hold pointers.
func main() {
	byValue := map[string]Account{
		"a1": {Owner: "Leila", Balance: 100},
		"a2": {Owner: "Omid", Balance: 50},
	}
	acc := byValue["a1"]
	acc.Balance += 25
	fmt.Println(byValue["a1"].Balance, acc.Balance)
	byValue["a1"] = acc
	fmt.Println(byValue["a1"].Balance)
	fmt.Println(byValue["missing"].Owner == "", byValue["missing"].History == nil)

	byPtr := map[string]*Account{
		"a1": {Owner: "Leila", Balance: 100},
		"a2": {Owner: "Omid", Balance: 50},
	}
	transfer(byPtr, "a1", "a2", 30)
	transfer(byPtr, "a2", "a1", 500)
	transfer(byPtr, "a2", "a3", 1)
	for _, id := range []string{"a1", "a2"} {
		a := byPtr[id]
		fmt.Printf("%s %-6s %4d %v\n", id, a.Owner, a.Balance, a.History)
	}
	fmt.Println(*byPtr["a2"])

	// Struct keys.
	type cell struct{ r, c int }
	life := map[cell]bool{{0, 1}: true, {1, 1}: true, {2, 1}: true}
	next := map[cell]bool{}
	for r := -1; r <= 3; r++ {
		for c := -1; c <= 3; c++ {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && life[cell{r + dr, c + dc}] {
						n++
					}
				}
			}
			if n == 3 || (n == 2 && life[cell{r, c}]) {
				next[cell{r, c}] = true
			}
		}
	}
	fmt.Println(len(next), next[cell{1, 0}], next[cell{1, 1}], next[cell{1, 2}], next[cell{0, 1}])
	fmt.Println(next)
}

func transfer(accts map[string]*Account, from, to string, amount int) {
	f, ok1 := accts[from]
	t, ok2 := accts[to]
	switch {
	case !ok1 || !ok2:
		fmt.Println("no such account:", from, to)
	case f.Balance < amount:
		f.History = append(f.History, fmt.Sprintf("refused %d", amount))
	default:
		f.Balance -= amount
		t.Balance += amount
		f.History = append(f.History, fmt.Sprintf("-%d", amount))
		t.History = append(t.History, fmt.Sprintf("+%d", amount))
	}
}

// Output:
// 100 125
// 125
// true true
// no such account: a2 a3
// a1 Leila    70 [-30]
// a2 Omid     80 [+30 refused 500]
// {Omid 80 [+30 refused 500]}
// 3 true true true false
// map[{1 0}:true {1 1}:true {1 2}:true]
