package main

import (
	"fmt"
	"net/http" // ERROR "net/http.*not supported|unsupported"
)

func main() {
	resp, err := http.Get("http://example.com")
	fmt.Println(resp, err)
}
