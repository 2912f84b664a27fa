package main

import "fmt"

func main() {
	queue := []string{"a", "b"}
	queue.append("c") // ERROR "queue.append undefined \(type \[\]string has no field or method append\)"
	fmt.Println(queue.len()) // ERROR "queue.len undefined \(type \[\]string has no field or method len\)"
	seen := map[string]bool{"a": true}
	seen.delete("a") // ERROR "seen.delete undefined \(type map\[string\]bool has no field or method delete\)"
	name := "gopher"
	fmt.Println(name.length) // ERROR "name.length undefined \(type string has no field or method length\)"
	fmt.Println(name.toUpperCase()) // ERROR "name.toUpperCase undefined \(type string has no field or method toUpperCase\)"
}
