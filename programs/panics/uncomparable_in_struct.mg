package main

import "fmt"

type Setting struct {
	Name  string
	Value interface{}
}

func changed(old, new []Setting) []string {
	var names []string
	for i := range old {
		if old[i] != new[i] {
			names = append(names, old[i].Name)
		}
	}
	return names
}

// Comparing structs whose interface fields hold slices panics at run time.
func main() {
	old := []Setting{{"port", 80}, {"debug", false}, {"hosts", []string{"a"}}}
	new := []Setting{{"port", 8080}, {"debug", false}, {"hosts", []string{"a"}}}
	fmt.Println(changed(old[:2], new[:2]))
	fmt.Println(changed(old, new))
}

// Output:
// [port]
// Exit: 2
// Stderr: panic: runtime error: comparing uncomparable type []string
