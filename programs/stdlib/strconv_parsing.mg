package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Parsing a small configuration file with strconv, reporting errors the way Go's
// *strconv.NumError spells them, and formatting numbers back in several notations.

const config = `
workers = 8
port = 0x1F90
mask = 0b1010_1010
limit = 99999999999999999999
ratio = 0.75
tiny = 1e-400
huge = 1e400
debug = True
verbose = yes
name = "گزارش\tروزانه"
retries = -3
level = ۵
offset = +17
`

func main() {
	settings := map[string]string{}
	var keys []string
	for _, line := range strings.Split(strings.TrimSpace(config), "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		settings[k] = v
		keys = append(keys, k)
	}

	var syntaxErrs, rangeErrs int
	for _, k := range keys {
		v := settings[k]
		var err error
		var shown string
		switch k {
		case "ratio", "tiny", "huge":
			var f float64
			f, err = strconv.ParseFloat(v, 64)
			shown = strconv.FormatFloat(f, 'g', -1, 64)
		case "debug", "verbose":
			var b bool
			b, err = strconv.ParseBool(v)
			shown = strconv.FormatBool(b)
		case "name":
			shown, err = strconv.Unquote(v)
		case "port", "mask":
			var n int64
			n, err = strconv.ParseInt(v, 0, 16)
			shown = strconv.FormatInt(n, 10)
		default:
			var n int
			n, err = strconv.Atoi(v)
			shown = strconv.Itoa(n)
		}
		if errors.Is(err, strconv.ErrSyntax) {
			syntaxErrs++
		}
		if errors.Is(err, strconv.ErrRange) {
			rangeErrs++
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%-8s %-22s func=%s num=%q err=%v\n", k, shown, ne.Func, ne.Num, ne.Err)
		} else if err != nil {
			fmt.Printf("%-8s error: %v\n", k, err)
		} else {
			fmt.Printf("%-8s %s\n", k, shown)
		}
	}
	fmt.Println("syntax errors:", syntaxErrs, "range errors:", rangeErrs)

	// Bases and bit sizes.
	for _, s := range []string{"127", "128", "-128", "-129", "ff", "0xff", "z"} {
		for _, base := range []int{10, 16, 36} {
			n, err := strconv.ParseInt(s, base, 8)
			fmt.Printf("%s/%d: %d %v\n", s, base, n, err)
		}
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)

	// Formatting.
	for _, f := range []float64{0, 1, -2.5, 3.14159265358979, 1e21, 1e-7, 123456.789, 2.0 / 3.0} {
		fmt.Printf("%s | %s | %s | %s | %s | %s\n",
			strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'G', 4, 32), strconv.FormatFloat(f, 'x', -1, 64))
	}
	for _, n := range []int64{0, 255, -255, 1 << 40} {
		fmt.Println(strconv.FormatInt(n, 2), strconv.FormatInt(n, 8), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}
	buf := []byte("values:")
	for i := 0; i < 4; i++ {
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(i*i*i), 10)
	}
	buf = strconv.AppendQuote(append(buf, ' '), "نام")
	buf = strconv.AppendQuoteRuneToASCII(append(buf, ' '), 'ی')
	fmt.Println(string(buf))

	// Quoting round trips.
	for _, s := range []string{"سلام دنیا", "tab\tquote\"", "\x00\xff", "emoji 😀", "`raw`"} {
		q := strconv.Quote(s)
		back, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), back == s, err, strconv.CanBackquote(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\n'))
	for _, s := range []string{"'ab'", `"unterminated`, "`multi\nline`", `'\u0627'`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	fmt.Println(strconv.IntSize)
}

// Output:
// workers  8
// port     8080
// mask     170
// limit    9223372036854775807    func=Atoi num="99999999999999999999" err=value out of range
// ratio    0.75
// tiny     0
// huge     +Inf                   func=ParseFloat num="1e400" err=value out of range
// debug    true
// verbose  false                  func=ParseBool num="yes" err=invalid syntax
// name     گزارش	روزانه
// retries  -3
// level    0                      func=Atoi num="۵" err=invalid syntax
// offset   17
// syntax errors: 2 range errors: 2
// 127/10: 127 <nil>
// 127/16: 127 strconv.ParseInt: parsing "127": value out of range
// 127/36: 127 strconv.ParseInt: parsing "127": value out of range
// 128/10: 127 strconv.ParseInt: parsing "128": value out of range
// 128/16: 127 strconv.ParseInt: parsing "128": value out of range
// 128/36: 127 strconv.ParseInt: parsing "128": value out of range
// -128/10: -128 <nil>
// -128/16: -128 strconv.ParseInt: parsing "-128": value out of range
// -128/36: -128 strconv.ParseInt: parsing "-128": value out of range
// -129/10: -128 strconv.ParseInt: parsing "-129": value out of range
// -129/16: -128 strconv.ParseInt: parsing "-129": value out of range
// -129/36: -128 strconv.ParseInt: parsing "-129": value out of range
// ff/10: 0 strconv.ParseInt: parsing "ff": invalid syntax
// ff/16: 127 strconv.ParseInt: parsing "ff": value out of range
// ff/36: 127 strconv.ParseInt: parsing "ff": value out of range
// 0xff/10: 0 strconv.ParseInt: parsing "0xff": invalid syntax
// 0xff/16: 0 strconv.ParseInt: parsing "0xff": invalid syntax
// 0xff/36: 127 strconv.ParseInt: parsing "0xff": value out of range
// z/10: 0 strconv.ParseInt: parsing "z": invalid syntax
// z/16: 0 strconv.ParseInt: parsing "z": invalid syntax
// z/36: 35 <nil>
// 18446744073709551615 <nil>
// strconv.ParseInt: parsing "12": invalid base 1
// 0 | 0.00 | 0.000e+00 | 0 | 0 | 0x0p+00
// 1 | 1.00 | 1.000e+00 | 1 | 1 | 0x1p+00
// -2.5 | -2.50 | -2.500e+00 | -2.5 | -2.5 | -0x1.4p+01
// 3.14159265358979 | 3.14 | 3.142e+00 | 3.14159265358979 | 3.142 | 0x1.921fb54442d11p+01
// 1000000000000000000000 | 1000000000000000000000.00 | 1.000e+21 | 1e+21 | 1E+21 | 0x1.b1ae4d6e2ef5p+69
// 0.0000001 | 0.00 | 1.000e-07 | 1e-07 | 1E-07 | 0x1.ad7f29abcaf48p-24
// 123456.789 | 123456.79 | 1.235e+05 | 123456.789 | 1.235E+05 | 0x1.e240c9fbe76c9p+16
// 0.6666666666666666 | 0.67 | 6.667e-01 | 0.6666666666666666 | 0.6667 | 0x1.5555555555555p-01
// 0 0 0 0
// 11111111 377 ff 73
// -11111111 -377 -ff -73
// 10000000000000000000000000000000000000000 20000000000000 10000000000 e13wu1og
// values: 0 1 8 27 "نام" '\u06cc'
// "سلام دنیا" "\u0633\u0644\u0627\u0645 \u062f\u0646\u06cc\u0627" true <nil> true
// "tab\tquote\"" "tab\tquote\"" true <nil> true
// "\x00\xff" "\x00\xff" true <nil> false
// "emoji 😀" "emoji \U0001f600" true <nil> true
// "`raw`" "`raw`" true <nil> false
// '☺' '\u263a' '\n'
// "" invalid syntax
// "" invalid syntax
// "multi\nline" <nil>
// "ا" <nil>
// 64
