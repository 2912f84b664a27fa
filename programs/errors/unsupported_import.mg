package main

import (
	"fmt"
	"net/http" // ERROR "package \"net/http\" is not supported"
)

func main() {
	resp, err := http.Get("http://example.com")
	fmt.Println(resp, err)
}

// NotGo: minigo does not support the net/http package
