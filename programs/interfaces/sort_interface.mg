package main

import (
	"fmt"
	"sort"
)

type Song struct {
	Title  string
	Artist string
	Year   int
	Plays  int
}

// Three orderings of the same data, each a type implementing sort.Interface.
type byYear []Song

func (s byYear) Len() int           { return len(s) }
func (s byYear) Less(i, j int) bool { return s[i].Year < s[j].Year }
func (s byYear) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type byPlays []Song

func (s byPlays) Len() int           { return len(s) }
func (s byPlays) Less(i, j int) bool { return s[i].Plays < s[j].Plays }
func (s byPlays) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// multiKey sorts by a list of comparison functions, falling through on ties.
type multiKey struct {
	songs []Song
	less  []func(a, b *Song) bool
}

func (m *multiKey) Len() int      { return len(m.songs) }
func (m *multiKey) Swap(i, j int) { m.songs[i], m.songs[j] = m.songs[j], m.songs[i] }
func (m *multiKey) Less(i, j int) bool {
	a, b := &m.songs[i], &m.songs[j]
	for _, f := range m.less {
		switch {
		case f(a, b):
			return true
		case f(b, a):
			return false
		}
	}
	return false
}

func show(title string, songs []Song) {
	fmt.Println(title)
	for _, s := range songs {
		fmt.Printf("  %-14s %-9s %d %5d\n", s.Title, s.Artist, s.Year, s.Plays)
	}
}

func main() {
	songs := []Song{
		{"Gole Sangam", "Mehrpouya", 1975, 900},
		{"Blue in Green", "Davis", 1959, 1200},
		{"So What", "Davis", 1959, 3100},
		{"Soltane Ghalbha", "Aref", 1970, 3100},
		{"Giant Steps", "Coltrane", 1960, 800},
		{"Naima", "Coltrane", 1960, 1200},
	}

	sort.Stable(byYear(songs))
	show("by year (stable):", songs)

	sort.Sort(sort.Reverse(byPlays(songs)))
	fmt.Println("most played:", songs[0].Plays, "least:", songs[len(songs)-1].Plays)

	sort.Sort(&multiKey{songs, []func(a, b *Song) bool{
		func(a, b *Song) bool { return a.Artist < b.Artist },
		func(a, b *Song) bool { return a.Year > b.Year },
		func(a, b *Song) bool { return a.Title < b.Title },
	}})
	show("by artist, newest first, then title:", songs)
	fmt.Println(sort.IsSorted(byYear(songs)))

	years := []int{}
	for _, s := range songs {
		years = append(years, s.Year)
	}
	sort.Ints(years)
	fmt.Println(years, sort.IntsAreSorted(years))
	i := sort.Search(len(years), func(i int) bool { return years[i] >= 1965 })
	fmt.Println("first year >= 1965 at", i, "=", years[i])
	fmt.Println(sort.SearchInts(years, 1960), sort.SearchInts(years, 2000))

	titles := sort.StringSlice{"b", "C", "a", "B"}
	titles.Sort()
	fmt.Println(titles, titles.Search("a"))
}

// Output:
// by year (stable):
//   Blue in Green  Davis     1959  1200
//   So What        Davis     1959  3100
//   Giant Steps    Coltrane  1960   800
//   Naima          Coltrane  1960  1200
//   Soltane Ghalbha Aref      1970  3100
//   Gole Sangam    Mehrpouya 1975   900
// most played: 3100 least: 800
// by artist, newest first, then title:
//   Soltane Ghalbha Aref      1970  3100
//   Giant Steps    Coltrane  1960   800
//   Naima          Coltrane  1960  1200
//   Blue in Green  Davis     1959  1200
//   So What        Davis     1959  3100
//   Gole Sangam    Mehrpouya 1975   900
// false
// [1959 1959 1960 1960 1970 1975] true
// first year >= 1965 at 4 = 1970
// 2 6
// [B C a b] 2
