package main

import "fmt"

type Stats struct {
	hits int
}

func (s *Stats) Hit() {
	s.hits++
}

func main() {
	byPage := map[string]Stats{"home": {}}
	byPage["home"].Hit() // ERROR "cannot call pointer method Hit on Stats"
	byPage["home"].hits = 3 // ERROR "cannot assign to struct field byPage\[\"home\"\].hits in map"
	p := &byPage["home"] // ERROR "invalid operation: cannot take address of byPage\[\"home\"\]"
	fmt.Println(byPage, p)
}
