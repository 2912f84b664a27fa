// Package unicode provides data and functions to test some properties of Unicode code
// points, as Go's package unicode does (Unicode 13.0.0, Go 1.19's tables).
//
// The classification functions and case mappings are native (runtime/lib/unicode.rs,
// tables generated from Go's). The exported range tables (Letter, Han, White_Space, ...)
// are built-in tables referred to by number; a RangeTable a program builds itself, with
// R16 and R32, works with Is and In as in Go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's Delta marks alternating Upper/Lower pairs.
const UpperLower = MaxRune + 1

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	id          int // a built-in table (runtime/lib/unicode/tables.rs), 0 for none
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code point to one
// code point) case conversion.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

func inTable(id int, r rune) bool

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id != 0 {
		return inTable(rangeTab.id, r)
	}
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

func is16(ranges []Range16, r uint16) bool {
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsMark(r rune) bool
func IsSymbol(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined
// simple case folding.
func SimpleFold(r rune) rune

func (special SpecialCase) to(_case int, r rune) (rune, bool) {
	lo := 0
	hi := len(special)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := special[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := special.to(UpperCase, r)
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := special.to(TitleCase, r)
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := special.to(LowerCase, r)
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// TurkishCase and AzeriCase: Turkish and Azeri dotted and dotless I.
var TurkishCase SpecialCase = _TurkishCase
var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}
var AzeriCase SpecialCase = _TurkishCase

// The built-in tables: categories, scripts and properties.
// Generated by src/runtime/lib/unicode/gentables.go -go (Unicode 13.0.0).
var (
	C = &RangeTable{id: 1}
	Cc = &RangeTable{id: 2}
	Cf = &RangeTable{id: 3}
	Co = &RangeTable{id: 4}
	Cs = &RangeTable{id: 5}
	L = &RangeTable{id: 6}
	Ll = &RangeTable{id: 7}
	Lm = &RangeTable{id: 8}
	Lo = &RangeTable{id: 9}
	Lt = &RangeTable{id: 10}
	Lu = &RangeTable{id: 11}
	M = &RangeTable{id: 12}
	Mc = &RangeTable{id: 13}
	Me = &RangeTable{id: 14}
	Mn = &RangeTable{id: 15}
	N = &RangeTable{id: 16}
	Nd = &RangeTable{id: 17}
	Nl = &RangeTable{id: 18}
	No = &RangeTable{id: 19}
	P = &RangeTable{id: 20}
	Pc = &RangeTable{id: 21}
	Pd = &RangeTable{id: 22}
	Pe = &RangeTable{id: 23}
	Pf = &RangeTable{id: 24}
	Pi = &RangeTable{id: 25}
	Po = &RangeTable{id: 26}
	Ps = &RangeTable{id: 27}
	S = &RangeTable{id: 28}
	Sc = &RangeTable{id: 29}
	Sk = &RangeTable{id: 30}
	Sm = &RangeTable{id: 31}
	So = &RangeTable{id: 32}
	Z = &RangeTable{id: 33}
	Zl = &RangeTable{id: 34}
	Zp = &RangeTable{id: 35}
	Zs = &RangeTable{id: 36}
	Adlam = &RangeTable{id: 37}
	Ahom = &RangeTable{id: 38}
	Anatolian_Hieroglyphs = &RangeTable{id: 39}
	Arabic = &RangeTable{id: 40}
	Armenian = &RangeTable{id: 41}
	Avestan = &RangeTable{id: 42}
	Balinese = &RangeTable{id: 43}
	Bamum = &RangeTable{id: 44}
	Bassa_Vah = &RangeTable{id: 45}
	Batak = &RangeTable{id: 46}
	Bengali = &RangeTable{id: 47}
	Bhaiksuki = &RangeTable{id: 48}
	Bopomofo = &RangeTable{id: 49}
	Brahmi = &RangeTable{id: 50}
	Braille = &RangeTable{id: 51}
	Buginese = &RangeTable{id: 52}
	Buhid = &RangeTable{id: 53}
	Canadian_Aboriginal = &RangeTable{id: 54}
	Carian = &RangeTable{id: 55}
	Caucasian_Albanian = &RangeTable{id: 56}
	Chakma = &RangeTable{id: 57}
	Cham = &RangeTable{id: 58}
	Cherokee = &RangeTable{id: 59}
	Chorasmian = &RangeTable{id: 60}
	Common = &RangeTable{id: 61}
	Coptic = &RangeTable{id: 62}
	Cuneiform = &RangeTable{id: 63}
	Cypriot = &RangeTable{id: 64}
	Cyrillic = &RangeTable{id: 65}
	Deseret = &RangeTable{id: 66}
	Devanagari = &RangeTable{id: 67}
	Dives_Akuru = &RangeTable{id: 68}
	Dogra = &RangeTable{id: 69}
	Duployan = &RangeTable{id: 70}
	Egyptian_Hieroglyphs = &RangeTable{id: 71}
	Elbasan = &RangeTable{id: 72}
	Elymaic = &RangeTable{id: 73}
	Ethiopic = &RangeTable{id: 74}
	Georgian = &RangeTable{id: 75}
	Glagolitic = &RangeTable{id: 76}
	Gothic = &RangeTable{id: 77}
	Grantha = &RangeTable{id: 78}
	Greek = &RangeTable{id: 79}
	Gujarati = &RangeTable{id: 80}
	Gunjala_Gondi = &RangeTable{id: 81}
	Gurmukhi = &RangeTable{id: 82}
	Han = &RangeTable{id: 83}
	Hangul = &RangeTable{id: 84}
	Hanifi_Rohingya = &RangeTable{id: 85}
	Hanunoo = &RangeTable{id: 86}
	Hatran = &RangeTable{id: 87}
	Hebrew = &RangeTable{id: 88}
	Hiragana = &RangeTable{id: 89}
	Imperial_Aramaic = &RangeTable{id: 90}
	Inherited = &RangeTable{id: 91}
	Inscriptional_Pahlavi = &RangeTable{id: 92}
	Inscriptional_Parthian = &RangeTable{id: 93}
	Javanese = &RangeTable{id: 94}
	Kaithi = &RangeTable{id: 95}
	Kannada = &RangeTable{id: 96}
	Katakana = &RangeTable{id: 97}
	Kayah_Li = &RangeTable{id: 98}
	Kharoshthi = &RangeTable{id: 99}
	Khitan_Small_Script = &RangeTable{id: 100}
	Khmer = &RangeTable{id: 101}
	Khojki = &RangeTable{id: 102}
	Khudawadi = &RangeTable{id: 103}
	Lao = &RangeTable{id: 104}
	Latin = &RangeTable{id: 105}
	Lepcha = &RangeTable{id: 106}
	Limbu = &RangeTable{id: 107}
	Linear_A = &RangeTable{id: 108}
	Linear_B = &RangeTable{id: 109}
	Lisu = &RangeTable{id: 110}
	Lycian = &RangeTable{id: 111}
	Lydian = &RangeTable{id: 112}
	Mahajani = &RangeTable{id: 113}
	Makasar = &RangeTable{id: 114}
	Malayalam = &RangeTable{id: 115}
	Mandaic = &RangeTable{id: 116}
	Manichaean = &RangeTable{id: 117}
	Marchen = &RangeTable{id: 118}
	Masaram_Gondi = &RangeTable{id: 119}
	Medefaidrin = &RangeTable{id: 120}
	Meetei_Mayek = &RangeTable{id: 121}
	Mende_Kikakui = &RangeTable{id: 122}
	Meroitic_Cursive = &RangeTable{id: 123}
	Meroitic_Hieroglyphs = &RangeTable{id: 124}
	Miao = &RangeTable{id: 125}
	Modi = &RangeTable{id: 126}
	Mongolian = &RangeTable{id: 127}
	Mro = &RangeTable{id: 128}
	Multani = &RangeTable{id: 129}
	Myanmar = &RangeTable{id: 130}
	Nabataean = &RangeTable{id: 131}
	Nandinagari = &RangeTable{id: 132}
	New_Tai_Lue = &RangeTable{id: 133}
	Newa = &RangeTable{id: 134}
	Nko = &RangeTable{id: 135}
	Nushu = &RangeTable{id: 136}
	Nyiakeng_Puachue_Hmong = &RangeTable{id: 137}
	Ogham = &RangeTable{id: 138}
	Ol_Chiki = &RangeTable{id: 139}
	Old_Hungarian = &RangeTable{id: 140}
	Old_Italic = &RangeTable{id: 141}
	Old_North_Arabian = &RangeTable{id: 142}
	Old_Permic = &RangeTable{id: 143}
	Old_Persian = &RangeTable{id: 144}
	Old_Sogdian = &RangeTable{id: 145}
	Old_South_Arabian = &RangeTable{id: 146}
	Old_Turkic = &RangeTable{id: 147}
	Oriya = &RangeTable{id: 148}
	Osage = &RangeTable{id: 149}
	Osmanya = &RangeTable{id: 150}
	Pahawh_Hmong = &RangeTable{id: 151}
	Palmyrene = &RangeTable{id: 152}
	Pau_Cin_Hau = &RangeTable{id: 153}
	Phags_Pa = &RangeTable{id: 154}
	Phoenician = &RangeTable{id: 155}
	Psalter_Pahlavi = &RangeTable{id: 156}
	Rejang = &RangeTable{id: 157}
	Runic = &RangeTable{id: 158}
	Samaritan = &RangeTable{id: 159}
	Saurashtra = &RangeTable{id: 160}
	Sharada = &RangeTable{id: 161}
	Shavian = &RangeTable{id: 162}
	Siddham = &RangeTable{id: 163}
	SignWriting = &RangeTable{id: 164}
	Sinhala = &RangeTable{id: 165}
	Sogdian = &RangeTable{id: 166}
	Sora_Sompeng = &RangeTable{id: 167}
	Soyombo = &RangeTable{id: 168}
	Sundanese = &RangeTable{id: 169}
	Syloti_Nagri = &RangeTable{id: 170}
	Syriac = &RangeTable{id: 171}
	Tagalog = &RangeTable{id: 172}
	Tagbanwa = &RangeTable{id: 173}
	Tai_Le = &RangeTable{id: 174}
	Tai_Tham = &RangeTable{id: 175}
	Tai_Viet = &RangeTable{id: 176}
	Takri = &RangeTable{id: 177}
	Tamil = &RangeTable{id: 178}
	Tangut = &RangeTable{id: 179}
	Telugu = &RangeTable{id: 180}
	Thaana = &RangeTable{id: 181}
	Thai = &RangeTable{id: 182}
	Tibetan = &RangeTable{id: 183}
	Tifinagh = &RangeTable{id: 184}
	Tirhuta = &RangeTable{id: 185}
	Ugaritic = &RangeTable{id: 186}
	Vai = &RangeTable{id: 187}
	Wancho = &RangeTable{id: 188}
	Warang_Citi = &RangeTable{id: 189}
	Yezidi = &RangeTable{id: 190}
	Yi = &RangeTable{id: 191}
	Zanabazar_Square = &RangeTable{id: 192}
	ASCII_Hex_Digit = &RangeTable{id: 193}
	Bidi_Control = &RangeTable{id: 194}
	Dash = &RangeTable{id: 195}
	Deprecated = &RangeTable{id: 196}
	Diacritic = &RangeTable{id: 197}
	Extender = &RangeTable{id: 198}
	Hex_Digit = &RangeTable{id: 199}
	Hyphen = &RangeTable{id: 200}
	IDS_Binary_Operator = &RangeTable{id: 201}
	IDS_Trinary_Operator = &RangeTable{id: 202}
	Ideographic = &RangeTable{id: 203}
	Join_Control = &RangeTable{id: 204}
	Logical_Order_Exception = &RangeTable{id: 205}
	Noncharacter_Code_Point = &RangeTable{id: 206}
	Other_Alphabetic = &RangeTable{id: 207}
	Other_Default_Ignorable_Code_Point = &RangeTable{id: 208}
	Other_Grapheme_Extend = &RangeTable{id: 209}
	Other_ID_Continue = &RangeTable{id: 210}
	Other_ID_Start = &RangeTable{id: 211}
	Other_Lowercase = &RangeTable{id: 212}
	Other_Math = &RangeTable{id: 213}
	Other_Uppercase = &RangeTable{id: 214}
	Pattern_Syntax = &RangeTable{id: 215}
	Pattern_White_Space = &RangeTable{id: 216}
	Prepended_Concatenation_Mark = &RangeTable{id: 217}
	Quotation_Mark = &RangeTable{id: 218}
	Radical = &RangeTable{id: 219}
	Regional_Indicator = &RangeTable{id: 220}
	STerm = &RangeTable{id: 221}
	Sentence_Terminal = STerm
	Soft_Dotted = &RangeTable{id: 223}
	Terminal_Punctuation = &RangeTable{id: 224}
	Unified_Ideograph = &RangeTable{id: 225}
	Variation_Selector = &RangeTable{id: 226}
	White_Space = &RangeTable{id: 227}
	Digit = Nd
	Letter = L
	Lower = Ll
	Mark = M
	Number = N
	Other = C
	Punct = P
	Space = Z
	Symbol = S
	Title = Lt
	Upper = Lu
)

// Categories is the set of Unicode category tables.
var Categories = map[string]*RangeTable{
	"C": C,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L": L,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M": M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N": N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P": P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S": S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z": Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

// Scripts is the set of Unicode script tables.
var Scripts = map[string]*RangeTable{
	"Adlam": Adlam,
	"Ahom": Ahom,
	"Anatolian_Hieroglyphs": Anatolian_Hieroglyphs,
	"Arabic": Arabic,
	"Armenian": Armenian,
	"Avestan": Avestan,
	"Balinese": Balinese,
	"Bamum": Bamum,
	"Bassa_Vah": Bassa_Vah,
	"Batak": Batak,
	"Bengali": Bengali,
	"Bhaiksuki": Bhaiksuki,
	"Bopomofo": Bopomofo,
	"Brahmi": Brahmi,
	"Braille": Braille,
	"Buginese": Buginese,
	"Buhid": Buhid,
	"Canadian_Aboriginal": Canadian_Aboriginal,
	"Carian": Carian,
	"Caucasian_Albanian": Caucasian_Albanian,
	"Chakma": Chakma,
	"Cham": Cham,
	"Cherokee": Cherokee,
	"Chorasmian": Chorasmian,
	"Common": Common,
	"Coptic": Coptic,
	"Cuneiform": Cuneiform,
	"Cypriot": Cypriot,
	"Cyrillic": Cyrillic,
	"Deseret": Deseret,
	"Devanagari": Devanagari,
	"Dives_Akuru": Dives_Akuru,
	"Dogra": Dogra,
	"Duployan": Duployan,
	"Egyptian_Hieroglyphs": Egyptian_Hieroglyphs,
	"Elbasan": Elbasan,
	"Elymaic": Elymaic,
	"Ethiopic": Ethiopic,
	"Georgian": Georgian,
	"Glagolitic": Glagolitic,
	"Gothic": Gothic,
	"Grantha": Grantha,
	"Greek": Greek,
	"Gujarati": Gujarati,
	"Gunjala_Gondi": Gunjala_Gondi,
	"Gurmukhi": Gurmukhi,
	"Han": Han,
	"Hangul": Hangul,
	"Hanifi_Rohingya": Hanifi_Rohingya,
	"Hanunoo": Hanunoo,
	"Hatran": Hatran,
	"Hebrew": Hebrew,
	"Hiragana": Hiragana,
	"Imperial_Aramaic": Imperial_Aramaic,
	"Inherited": Inherited,
	"Inscriptional_Pahlavi": Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese": Javanese,
	"Kaithi": Kaithi,
	"Kannada": Kannada,
	"Katakana": Katakana,
	"Kayah_Li": Kayah_Li,
	"Kharoshthi": Kharoshthi,
	"Khitan_Small_Script": Khitan_Small_Script,
	"Khmer": Khmer,
	"Khojki": Khojki,
	"Khudawadi": Khudawadi,
	"Lao": Lao,
	"Latin": Latin,
	"Lepcha": Lepcha,
	"Limbu": Limbu,
	"Linear_A": Linear_A,
	"Linear_B": Linear_B,
	"Lisu": Lisu,
	"Lycian": Lycian,
	"Lydian": Lydian,
	"Mahajani": Mahajani,
	"Makasar": Makasar,
	"Malayalam": Malayalam,
	"Mandaic": Mandaic,
	"Manichaean": Manichaean,
	"Marchen": Marchen,
	"Masaram_Gondi": Masaram_Gondi,
	"Medefaidrin": Medefaidrin,
	"Meetei_Mayek": Meetei_Mayek,
	"Mende_Kikakui": Mende_Kikakui,
	"Meroitic_Cursive": Meroitic_Cursive,
	"Meroitic_Hieroglyphs": Meroitic_Hieroglyphs,
	"Miao": Miao,
	"Modi": Modi,
	"Mongolian": Mongolian,
	"Mro": Mro,
	"Multani": Multani,
	"Myanmar": Myanmar,
	"Nabataean": Nabataean,
	"Nandinagari": Nandinagari,
	"New_Tai_Lue": New_Tai_Lue,
	"Newa": Newa,
	"Nko": Nko,
	"Nushu": Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham": Ogham,
	"Ol_Chiki": Ol_Chiki,
	"Old_Hungarian": Old_Hungarian,
	"Old_Italic": Old_Italic,
	"Old_North_Arabian": Old_North_Arabian,
	"Old_Permic": Old_Permic,
	"Old_Persian": Old_Persian,
	"Old_Sogdian": Old_Sogdian,
	"Old_South_Arabian": Old_South_Arabian,
	"Old_Turkic": Old_Turkic,
	"Oriya": Oriya,
	"Osage": Osage,
	"Osmanya": Osmanya,
	"Pahawh_Hmong": Pahawh_Hmong,
	"Palmyrene": Palmyrene,
	"Pau_Cin_Hau": Pau_Cin_Hau,
	"Phags_Pa": Phags_Pa,
	"Phoenician": Phoenician,
	"Psalter_Pahlavi": Psalter_Pahlavi,
	"Rejang": Rejang,
	"Runic": Runic,
	"Samaritan": Samaritan,
	"Saurashtra": Saurashtra,
	"Sharada": Sharada,
	"Shavian": Shavian,
	"Siddham": Siddham,
	"SignWriting": SignWriting,
	"Sinhala": Sinhala,
	"Sogdian": Sogdian,
	"Sora_Sompeng": Sora_Sompeng,
	"Soyombo": Soyombo,
	"Sundanese": Sundanese,
	"Syloti_Nagri": Syloti_Nagri,
	"Syriac": Syriac,
	"Tagalog": Tagalog,
	"Tagbanwa": Tagbanwa,
	"Tai_Le": Tai_Le,
	"Tai_Tham": Tai_Tham,
	"Tai_Viet": Tai_Viet,
	"Takri": Takri,
	"Tamil": Tamil,
	"Tangut": Tangut,
	"Telugu": Telugu,
	"Thaana": Thaana,
	"Thai": Thai,
	"Tibetan": Tibetan,
	"Tifinagh": Tifinagh,
	"Tirhuta": Tirhuta,
	"Ugaritic": Ugaritic,
	"Vai": Vai,
	"Wancho": Wancho,
	"Warang_Citi": Warang_Citi,
	"Yezidi": Yezidi,
	"Yi": Yi,
	"Zanabazar_Square": Zanabazar_Square,
}

// Properties is the set of Unicode property tables.
var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit": ASCII_Hex_Digit,
	"Bidi_Control": Bidi_Control,
	"Dash": Dash,
	"Deprecated": Deprecated,
	"Diacritic": Diacritic,
	"Extender": Extender,
	"Hex_Digit": Hex_Digit,
	"Hyphen": Hyphen,
	"IDS_Binary_Operator": IDS_Binary_Operator,
	"IDS_Trinary_Operator": IDS_Trinary_Operator,
	"Ideographic": Ideographic,
	"Join_Control": Join_Control,
	"Logical_Order_Exception": Logical_Order_Exception,
	"Noncharacter_Code_Point": Noncharacter_Code_Point,
	"Other_Alphabetic": Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend": Other_Grapheme_Extend,
	"Other_ID_Continue": Other_ID_Continue,
	"Other_ID_Start": Other_ID_Start,
	"Other_Lowercase": Other_Lowercase,
	"Other_Math": Other_Math,
	"Other_Uppercase": Other_Uppercase,
	"Pattern_Syntax": Pattern_Syntax,
	"Pattern_White_Space": Pattern_White_Space,
	"Prepended_Concatenation_Mark": Prepended_Concatenation_Mark,
	"Quotation_Mark": Quotation_Mark,
	"Radical": Radical,
	"Regional_Indicator": Regional_Indicator,
	"STerm": STerm,
	"Sentence_Terminal": Sentence_Terminal,
	"Soft_Dotted": Soft_Dotted,
	"Terminal_Punctuation": Terminal_Punctuation,
	"Unified_Ideograph": Unified_Ideograph,
	"Variation_Selector": Variation_Selector,
	"White_Space": White_Space,
}
