// Package time: durations, the clock, sleeping, timers and tickers. Timers live in the
// scheduler's timer heap (sched/timer.rs); the natives here only schedule them.
package time

// A Duration represents the elapsed time between two instants as an int64 nanosecond
// count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string {
	// Largest time is 2540400h10m10.000000000s
	var buf [32]byte
	w := len(buf)

	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}

	if u < uint64(Second) {
		// Special case: if duration is smaller than a second, use smaller units, like 1.2ms
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign == 0xC2 0xB5
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'

		w, u = fmtFrac(buf[:w], u, 9)

		// u is now integer seconds
		w = fmtInt(buf[:w], u%60)
		u /= 60

		// u is now integer minutes
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60

			// u is now integer hours
			// Stop at hours because days can be different lengths.
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}

	if neg {
		w--
		buf[w] = '-'
	}

	return string(buf[w:])
}

// fmtFrac formats the fraction of v/10**prec (e.g., ".12345") into the tail of buf,
// omitting trailing zeros. It omits the decimal point too when the fraction is 0.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values
// away from zero.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

// A Time is an instant with nanosecond precision, in UTC.
type Time struct {
	ns int64
}

func now() int64

// Now returns the current time (on minigo's clock: virtual with --fake-time).
func Now() Time {
	return Time{now()}
}

// Unix returns the Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	return Time{sec*1e9 + nsec}
}

// UnixMilli returns the Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time {
	return Time{msec * 1e6}
}

func (t Time) Sub(u Time) Duration    { return Duration(t.ns - u.ns) }
func (t Time) Add(d Duration) Time    { return Time{t.ns + int64(d)} }
func (t Time) Before(u Time) bool     { return t.ns < u.ns }
func (t Time) After(u Time) bool      { return t.ns > u.ns }
func (t Time) Equal(u Time) bool      { return t.ns == u.ns }
func (t Time) Compare(u Time) int {
	switch {
	case t.ns < u.ns:
		return -1
	case t.ns > u.ns:
		return 1
	}
	return 0
}
func (t Time) IsZero() bool           { return t.ns == 0 }
func (t Time) Unix() int64            { return floorDiv(t.ns, 1e9) }
func (t Time) UnixNano() int64        { return t.ns }
func (t Time) UnixMilli() int64       { return floorDiv(t.ns, 1e6) }
func (t Time) UnixMicro() int64       { return floorDiv(t.ns, 1e3) }
func (t Time) Nanosecond() int        { return int(t.ns - floorDiv(t.ns, 1e9)*1e9) }
func (t Time) UTC() Time              { return t }
func (t Time) Local() Time            { return t }
func (t Time) Round(d Duration) Time  { return Time{int64(Duration(t.ns).Round(d))} }
func (t Time) Truncate(d Duration) Time {
	return Time{int64(Duration(t.ns).Truncate(d))}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Since returns the time elapsed since t.
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t.
func Until(t Time) Duration {
	return t.Sub(Now())
}

// civil returns the calendar date of a day count since 1970-01-01
// (Howard Hinnant's days_from_civil inverse).
func civil(days int64) (year int, month Month, day int) {
	z := days + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

func (t Time) days() int64 {
	return floorDiv(t.ns, 86400*1e9)
}

func (t Time) secOfDay() int {
	return int(floorDiv(t.ns, 1e9) - t.days()*86400)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) { return civil(t.days()) }
func (t Time) Year() int                              { y, _, _ := t.Date(); return y }
func (t Time) Month() Month                           { _, m, _ := t.Date(); return m }
func (t Time) Day() int                               { _, _, d := t.Date(); return d }
func (t Time) Hour() int                              { return t.secOfDay() / 3600 }
func (t Time) Minute() int                            { return t.secOfDay() % 3600 / 60 }
func (t Time) Second() int                            { return t.secOfDay() % 60 }
func (t Time) Clock() (hour, min, sec int)            { return t.Hour(), t.Minute(), t.Second() }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	return Weekday((t.days()%7 + 7 + 4) % 7)
}

// YearDay returns the day of the year specified by t, in [1, 366].
func (t Time) YearDay() int {
	y, _, _ := t.Date()
	start := Date(y, January, 1, 0, 0, 0, 0, UTC)
	return int((t.days()-start.days())) + 1
}

// A Location is a time zone; minigo knows UTC only.
type Location struct {
	name string
}

var UTC = &Location{"UTC"}
var Local = UTC

func (l *Location) String() string { return l.name }

// Date returns the Time corresponding to the given date in UTC.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	// days_from_civil
	y := int64(year)
	m := int64(month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mm := (m + 9) % 12
	doy := (153*mm+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := era*146097 + doe - 719468
	return Time{((days*86400+int64(hour)*3600+int64(min)*60+int64(sec))*1e9 + int64(nsec))}
}

func pad(n int, width int) string {
	s := itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// String returns the time formatted as Go does: "2006-01-02 15:04:05.999999999 +0000 UTC".
func (t Time) String() string {
	y, mo, d := t.Date()
	s := pad(y, 4) + "-" + pad(int(mo), 2) + "-" + pad(d, 2) + " " +
		pad(t.Hour(), 2) + ":" + pad(t.Minute(), 2) + ":" + pad(t.Second(), 2)
	if ns := t.Nanosecond(); ns != 0 {
		frac := pad(ns, 9)
		for frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		s += "." + frac
	}
	return s + " +0000 UTC"
}

// Layouts for Format (a subset of Go's elements is understood).
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Format returns a textual representation of the time value formatted according to
// the layout (Go's reference time, Mon Jan 2 15:04:05 MST 2006).
func (t Time) Format(layout string) string {
	y, mo, d := t.Date()
	h, mi, se := t.Clock()
	out := ""
	for i := 0; i < len(layout); {
		rest := layout[i:]
		switch {
		case hasPrefix(rest, "2006"):
			out += pad(y, 4)
			i += 4
		case hasPrefix(rest, "January"):
			out += mo.String()
			i += 7
		case hasPrefix(rest, "Jan"):
			out += mo.String()[:3]
			i += 3
		case hasPrefix(rest, "Monday"):
			out += t.Weekday().String()
			i += 6
		case hasPrefix(rest, "Mon"):
			out += t.Weekday().String()[:3]
			i += 3
		case hasPrefix(rest, "MST"):
			out += "UTC"
			i += 3
		case hasPrefix(rest, "01"):
			out += pad(int(mo), 2)
			i += 2
		case hasPrefix(rest, "02"):
			out += pad(d, 2)
			i += 2
		case hasPrefix(rest, "_2"):
			if d < 10 {
				out += " "
			}
			out += itoa(d)
			i += 2
		case hasPrefix(rest, "06"):
			out += pad(y%100, 2)
			i += 2
		case hasPrefix(rest, "15"):
			out += pad(h, 2)
			i += 2
		case hasPrefix(rest, "03"):
			out += pad(hour12(h), 2)
			i += 2
		case hasPrefix(rest, "04"):
			out += pad(mi, 2)
			i += 2
		case hasPrefix(rest, "05"):
			out += pad(se, 2)
			i += 2
		case hasPrefix(rest, "-0700"):
			out += "+0000"
			i += 5
		case hasPrefix(rest, "Z07:00"):
			out += "Z"
			i += 6
		case hasPrefix(rest, "PM"):
			if h >= 12 {
				out += "PM"
			} else {
				out += "AM"
			}
			i += 2
		case hasPrefix(rest, "pm"):
			if h >= 12 {
				out += "pm"
			} else {
				out += "am"
			}
			i += 2
		case hasPrefix(rest, ".000") || hasPrefix(rest, ".999") || hasPrefix(rest, ",000"):
			n := 1
			for n < len(rest) && (rest[n] == '0' || rest[n] == '9') {
				n++
			}
			frac := pad(t.Nanosecond(), 9)[:n-1]
			if rest[1] == '9' {
				for len(frac) > 0 && frac[len(frac)-1] == '0' {
					frac = frac[:len(frac)-1]
				}
				if frac != "" {
					out += "." + frac
				}
			} else {
				out += rest[:1] + frac
			}
			i += n
		case hasPrefix(rest, "1"):
			out += itoa(int(mo))
			i++
		case hasPrefix(rest, "2"):
			out += itoa(d)
			i++
		case hasPrefix(rest, "3"):
			out += itoa(hour12(h))
			i++
		case hasPrefix(rest, "4"):
			out += itoa(mi)
			i++
		case hasPrefix(rest, "5"):
			out += itoa(se)
			i++
		default:
			out += rest[:1]
			i++
		}
	}
	return out
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		return 12
	}
	return h
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration)

func startTimer(d int64, c chan Time, period int64) int
func startFunc(d int64, f func()) int
func stopTimer(id int) bool

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C  <-chan Time
	c  chan Time
	f  func()
	id int
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.id = startTimer(int64(d), c, 0)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	return stopTimer(t.id)
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	active := stopTimer(t.id)
	if t.f != nil {
		t.id = startFunc(int64(d), t.f)
	} else {
		t.id = startTimer(int64(d), t.c, 0)
	}
	return active
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.id = startFunc(int64(d), f)
	return t
}

// A Ticker holds a channel that delivers ``ticks'' of a clock at intervals.
type Ticker struct {
	C  <-chan Time
	c  chan Time
	id int
}

// NewTicker returns a new Ticker containing a channel that will send the current time
// on the channel after each tick. The duration d must be greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.id = startTimer(int64(d), c, int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	stopTimer(t.id)
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	stopTimer(t.id)
	t.id = startTimer(int64(d), t.c, int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel
// only. It returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &durationError{"time: invalid duration \"" + orig + "\""}
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		i := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			v = v*10 + uint64(s[i]-'0')
			i++
		}
		pre := i != 0
		s = s[i:]
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			i = 0
			for i < len(s) && '0' <= s[i] && s[i] <= '9' {
				f = f*10 + uint64(s[i]-'0')
				scale *= 10
				i++
			}
			post = i != 0
			s = s[i:]
		}
		if !pre && !post {
			return 0, &durationError{"time: invalid duration \"" + orig + "\""}
		}
		i = 0
		for i < len(s) && (s[i] == '.' || s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, &durationError{"time: missing unit in duration \"" + orig + "\""}
		}
		u := s[:i]
		s = s[i:]
		var unit uint64
		switch u {
		case "ns":
			unit = 1
		case "us", "µs", "μs":
			unit = 1e3
		case "ms":
			unit = 1e6
		case "s":
			unit = 1e9
		case "m":
			unit = 60e9
		case "h":
			unit = 3600e9
		default:
			return 0, &durationError{"time: unknown unit \"" + u + "\" in duration \"" + orig + "\""}
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
		}
		d += v
	}
	if neg {
		return -Duration(d), nil
	}
	return Duration(d), nil
}

type durationError struct {
	msg string
}

func (e *durationError) Error() string { return e.msg }
