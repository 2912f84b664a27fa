package main

import "fmt"

// Classic dynamic programming on 2D slices: edit distance, LCS, knapsack, coin change.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	dp := make([][]int, len(ra)+1)
	for i := range dp {
		dp[i] = make([]int, len(rb)+1)
		dp[i][0] = i
	}
	for j := range dp[0] {
		dp[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			dp[i][j] = min3(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	return dp[len(ra)][len(rb)]
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var out []byte
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return string(out)
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, capacity int) (int, []string) {
	best := make([][]int, len(items)+1)
	for i := range best {
		best[i] = make([]int, capacity+1)
	}
	for i, it := range items {
		for w := 0; w <= capacity; w++ {
			best[i+1][w] = best[i][w]
			if it.weight <= w && best[i][w-it.weight]+it.value > best[i+1][w] {
				best[i+1][w] = best[i][w-it.weight] + it.value
			}
		}
	}
	var chosen []string
	w := capacity
	for i := len(items); i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	return best[len(items)][capacity], chosen
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"کتاب", "کباب"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("edit(%q, %q) = %d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Printf("%q\n", lcs("AGGTAB", "GXTXAYB"))
	fmt.Printf("%q\n", lcs("the quick brown fox", "a quick brown dog"))

	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, chosen := knapsack(items, 200)
	fmt.Println(v, chosen)

	fmt.Println(coinWays([]int{1, 2, 5}, 5), coinWays([]int{1, 5, 10, 25, 50}, 100), coinWays([]int{2, 5, 3, 6}, 10))
	fmt.Println(coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 1000))
}

// Output:
// edit("kitten", "sitting") = 3
// edit("flaw", "lawn") = 2
// edit("", "abc") = 3
// edit("کتاب", "کباب") = 1
// edit("same", "same") = 0
// "GTAB"
// " quick brown o"
// 510 [banana tin glucose sandwich compass map]
// 4 292 5
// 321335886
