package main

import "fmt"

type Buffer struct {
	data [4]int
}

func (b *Buffer) Fill(v int) {
	for i := range b.data {
		b.data[i] = v * (i + 1)
	}
}

// Ranging over a pointer to an array iterates the array in place. With only
// the index, a nil pointer is fine: the length is part of the type.
func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	for i, v := range p {
		p[3] = 40 // seen, because the array is not copied
		fmt.Print(i, "=", v, ";")
	}
	fmt.Println()

	for i, v := range arr {
		arr[3] = 400 // not seen: ranging over an array value ranges over a copy
		fmt.Print(i, "=", v, ";")
	}
	fmt.Println(arr)

	var nilArr *[3]string
	n := 0
	for i := range nilArr {
		n += i
	}
	for range nilArr {
		n++
	}
	fmt.Println("nil array pointer:", n, len(nilArr), cap(nilArr))

	b := &Buffer{}
	b.Fill(7)
	fmt.Println(b.data, len(b.data))
	total := 0
	for _, v := range &b.data {
		total += v
	}
	fmt.Println("total", total)

	// Ranging with the value over a nil array pointer dereferences it.
	defer func() { fmt.Println("recovered:", recover()) }()
	for _, s := range nilArr {
		fmt.Println("unreachable", s)
	}
}

// Output:
// 0=1;1=2;2=3;3=40;
// 0=1;1=2;2=3;3=40;[1 2 3 400]
// nil array pointer: 6 3 3
// [7 14 21 28] 4
// total 70
// recovered: runtime error: invalid memory address or nil pointer dereference
