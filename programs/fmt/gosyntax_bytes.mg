package main

import "fmt"

type Packet struct {
	Kind    byte
	Payload []byte
}

type Raw []byte

// Byte slices under %v, %s, %x, %q and %#v: the top-level operand, nested values and named types.
func main() {
	msg := []byte("hi!")
	fmt.Printf("%v|%s|%x|%X|% x|%q\n", msg, msg, msg, msg, msg, msg)
	fmt.Printf("%#v|%#v|%#v\n", msg, []byte{}, []byte(nil))
	fmt.Printf("%T|%T\n", msg, Raw(msg))

	p := Packet{Kind: 'A', Payload: []byte{0, 1, 255}}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p)
	fmt.Printf("%#v\n", [][]byte{{1}, nil})
	fmt.Printf("%#v|%v|%s\n", Raw("xyz"), Raw("xyz"), Raw("xyz"))
	fmt.Printf("%#v\n", [3]byte{'a', 'b', 'c'})

	var any interface{} = []byte{7, 8}
	fmt.Printf("%#v|%v|%d\n", any, any, any)

	fmt.Printf("%5s|%-5s|%.2s|%08x\n", msg, msg, msg, []byte{1})
	fmt.Println(msg, string(msg), p.Payload)
}

// Output:
// [104 105 33]|hi!|686921|686921|68 69 21|"hi!"
// []byte{0x68, 0x69, 0x21}|[]byte{}|[]byte(nil)
// []uint8|main.Raw
// {65 [0 1 255]}
// {Kind:65 Payload:[0 1 255]}
// main.Packet{Kind:0x41, Payload:[]uint8{0x0, 0x1, 0xff}}
// [][]uint8{[]uint8{0x1}, []uint8(nil)}
// main.Raw{0x78, 0x79, 0x7a}|[120 121 122]|xyz
// [3]uint8{0x61, 0x62, 0x63}
// []byte{0x7, 0x8}|[7 8]|[7 8]
//   hi!|hi!  |hi|00000001
// [104 105 33] hi! [0 1 255]
