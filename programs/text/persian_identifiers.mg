package main

import "fmt"

// Identifiers may use any Unicode letter, so a program can be written in Persian.
type دانشجو struct {
	نام   string
	نمره  float64
	واحدها int
}

func (د دانشجو) معدل_وزنی() float64 {
	return د.نمره * float64(د.واحدها)
}

func میانگین(فهرست []دانشجو) float64 {
	جمع := 0.0
	کل_واحد := 0
	for _, د := range فهرست {
		جمع += د.معدل_وزنی()
		کل_واحد += د.واحدها
	}
	return جمع / float64(کل_واحد)
}

const حد_قبولی = 12.0

func main() {
	کلاس := []دانشجو{
		{"مریم", 18.5, 3},
		{"علی", 11.25, 2},
		{"سارا", 15, 4},
	}
	for شماره, د := range کلاس {
		وضعیت := "قبول"
		if د.نمره < حد_قبولی {
			وضعیت = "مردود"
		}
		fmt.Printf("%d. %s: %.2f (%s)\n", شماره+1, د.نام, د.نمره, وضعیت)
	}
	fmt.Printf("میانگین وزنی: %.3f\n", میانگین(کلاس))
	fmt.Printf("%+v\n", کلاس[0])
	fmt.Printf("%T\n", کلاس[0])

	// Persian digits are letters for fmt but not for Go's number syntax.
	ارقام := []rune("۰۱۲۳۴۵۶۷۸۹")
	تبدیل := func(n int) string {
		if n == 0 {
			return string(ارقام[0])
		}
		s := ""
		for ; n > 0; n /= 10 {
			s = string(ارقام[n%10]) + s
		}
		return s
	}
	fmt.Println(تبدیل(1403), تبدیل(0), تبدیل(2024))

	// Mixed-direction text keeps its logical (byte) order.
	جمله := "Go زبان خوبی است"
	fmt.Println(len(جمله), len([]rune(جمله)))
	for i, r := range جمله {
		if r == ' ' {
			fmt.Print(i, ";")
		}
	}
	fmt.Println()
}

// Output:
// 1. مریم: 18.50 (قبول)
// 2. علی: 11.25 (مردود)
// 3. سارا: 15.00 (قبول)
// میانگین وزنی: 15.333
// {نام:مریم نمره:18.5 واحدها:3}
// main.دانشجو
// ۱۴۰۳ ۰ ۲۰۲۴
// 27 16
// 2;11;20;
