package lawgov

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
)

// Date is a calendar day (公历日期) with no time zone. Legal periods count
// days, not instants, so a Date never carries a location or a clock reading.
//
// The zero Date is not a valid date; IsZero reports it. Dates are comparable
// with == and usable as map keys. Valid dates run from 0001-01-01 to
// 9999-12-31.
type Date struct {
	// n is the day number: 1 for 0001-01-01, counting forward; 0 is the zero Date.
	n int32
}

const (
	minYear = 1
	maxYear = 9999
	// unixEpochDay is the day number of 1970-01-01.
	unixEpochDay = 719163
)

// beijing is China Standard Time. Mainland China has observed UTC+8 with no
// daylight saving time since 1991, so a fixed zone is exact for every date
// this module deals with and needs no tzdata on the host.
var beijing = time.FixedZone("CST", 8*60*60)

// NewDate returns the date y-m-d. It rejects impossible dates such as
// 2023-02-29 or month 13 instead of normalising them the way time.Date does.
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < minYear || y > maxYear {
		return Date{}, &DateError{Input: fmt.Sprintf("%04d-%02d-%02d", y, int(m), d), Reason: "year out of range 1..9999"}
	}
	if m < time.January || m > time.December {
		return Date{}, &DateError{Input: fmt.Sprintf("%04d-%02d-%02d", y, int(m), d), Reason: "month out of range 1..12"}
	}
	if d < 1 || d > daysIn(y, m) {
		return Date{}, &DateError{Input: fmt.Sprintf("%04d-%02d-%02d", y, int(m), d), Reason: fmt.Sprintf("day out of range 1..%d", daysIn(y, m))}
	}
	return Date{n: int32(dayNumber(y, m, d))}, nil
}

// MustDate is like NewDate but panics on an invalid date. It is meant for
// tests and package-level values only.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// ParseDate parses a date in the form "2006-01-02" (time.DateOnly): four-digit
// year, two-digit month and day. Impossible dates are rejected.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateError{Input: s, Reason: "want the form YYYY-MM-DD"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &DateError{Input: s, Reason: "want the form YYYY-MM-DD"}
	}
	dt, err := NewDate(y, time.Month(m), d)
	if err != nil {
		var de *DateError
		if errors.As(err, &de) {
			de.Input = s
		}
		return Date{}, err
	}
	return dt, nil
}

// MustParseDate is like ParseDate but panics on error. It is meant for tests
// and package-level values only.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func digits[T string | []byte](s T) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// DateOf returns the calendar day of t in Beijing time (UTC+8), whatever t's
// location. This is the only place where an instant becomes a civil day.
func DateOf(t time.Time) Date {
	y, m, d := t.In(beijing).Date()
	if y < minYear || y > maxYear {
		return Date{}
	}
	return Date{n: int32(dayNumber(y, m, d))}
}

// DateError reports a date that could not be built or parsed.
type DateError struct {
	Input  string // the text or fields given
	Reason string // why it is not a date
}

func (e *DateError) Error() string {
	return fmt.Sprintf("lawgov: parse date %q: %s", e.Input, e.Reason)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.n == 0 }

// IsValid reports whether d is a valid date, that is, not the zero Date.
func (d Date) IsValid() bool { return d.n >= 1 && d.n <= maxDayNumber }

// Date returns the year, month and day of d. The zero Date returns 0, 0, 0.
func (d Date) Date() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	return civil(int(d.n))
}

// Year returns d's year.
func (d Date) Year() int { y, _, _ := d.Date(); return y }

// Month returns d's month.
func (d Date) Month() time.Month { _, m, _ := d.Date(); return m }

// Day returns d's day of the month.
func (d Date) Day() int { _, _, dd := d.Date(); return dd }

// Weekday returns the day of the week of d. The zero Date reports Sunday.
func (d Date) Weekday() time.Weekday {
	if d.n == 0 {
		return time.Sunday
	}
	// 0001-01-01 (day 1) was a Monday in the proleptic Gregorian calendar.
	return time.Weekday(int(d.n) % 7)
}

// AddDays returns d plus n calendar days (n may be negative). The result of
// adding to the zero Date, or of leaving the range 0001–9999, is the zero Date.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	r := int64(d.n) + int64(n)
	if r < 1 || r > maxDayNumber {
		return Date{}
	}
	return Date{n: int32(r)}
}

// DaysSince returns the number of calendar days from e to d: d.DaysSince(e)
// is n when d == e.AddDays(n). It is the inverse of AddDays.
func (d Date) DaysSince(e Date) int { return int(d.n) - int(e.n) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date sorts before every valid date.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// AddMonths returns the same day n months later (or earlier, for negative n)
// with the statutory month-end rule: when the target month has no such day,
// the result is the last day of that month (民法典 第二百零二条). So
// 2024-01-31 plus one month is 2024-02-29, never 2024-03-02.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	y, m, dd := d.Date()
	total := int64(y)*12 + int64(m-1) + int64(n)
	ny, nm := total/12, time.Month(total%12+1)
	if ny < minYear || ny > maxYear {
		return Date{}
	}
	if last := daysIn(int(ny), nm); dd > last {
		dd = last
	}
	return Date{n: int32(dayNumber(int(ny), nm, dd))}
}

// AddYears returns the same day n years later with the month-end rule of
// AddMonths: 2024-02-29 plus one year is 2025-02-28.
func (d Date) AddYears(n int) Date {
	if n > maxYear || n < -maxYear {
		return Date{}
	}
	return d.AddMonths(12 * n)
}

// Time returns midnight at the start of d in Beijing time. The zero Date
// returns the zero time.Time.
func (d Date) Time() time.Time {
	if d.n == 0 {
		return time.Time{}
	}
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, beijing)
}

// String returns d in the form "2024-03-01", or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.Date()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+dd/10), byte('0'+dd%10))
	return b
}

// Chinese returns d in the Chinese form "2024年3月1日", or "" for the zero Date.
func (d Date) Chinese() string {
	if d.n == 0 {
		return ""
	}
	y, m, dd := d.Date()
	return fmt.Sprintf("%d年%d月%d日", y, int(m), dd)
}

// AppendText implements encoding.TextAppender: it appends the form of
// String ("2024-03-01") to b, and nothing for the zero Date. It does not
// allocate when b has room, so message builders can format dates cheaply.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.n == 0 {
		return b, nil
	}
	return d.appendTo(b), nil
}

// MarshalText implements encoding.TextMarshaler. The zero Date encodes as
// the empty string, as netip.Addr does.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler. The empty string decodes
// to the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	// A valid date is read from the bytes; only an error needs the text
	// as a string.
	if len(b) == 10 && b[4] == '-' && b[7] == '-' {
		y, ok1 := digits(b[0:4])
		m, ok2 := digits(b[5:7])
		day, ok3 := digits(b[8:10])
		if ok1 && ok2 && ok3 {
			if p, err := NewDate(y, time.Month(m), day); err == nil {
				*d = p
				return nil
			}
		}
	}
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MarshalJSON implements json.Marshaler: a JSON string "2024-03-01", or null
// for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.n == 0 {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 12)
	b = append(b, '"')
	b = d.appendTo(b)
	return append(b, '"'), nil
}

// UnmarshalJSON implements json.Unmarshaler. It accepts a JSON string in the
// form of ParseDate, the empty string or null (both the zero Date).
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	// A string without escapes is its bytes: no decoder is needed.
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' && !slices.ContainsFunc(b[1:len(b)-1], func(c byte) bool { return c == '\\' || c == '"' || c < 0x20 || c >= 0x80 }) {
		return d.UnmarshalText(b[1 : len(b)-1])
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return &DateError{Input: string(b), Reason: "want a JSON string or null"}
	}
	return d.UnmarshalText([]byte(s))
}

// The day-number arithmetic below follows the proleptic Gregorian calendar.

var cumDays = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

const maxDayNumber = 3652059 // 9999-12-31

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// dayNumber returns 1 for 0001-01-01.
func dayNumber(y int, m time.Month, d int) int {
	py := y - 1
	n := py*365 + py/4 - py/100 + py/400 + cumDays[m] + d
	if m > time.February && isLeap(y) {
		n++
	}
	return n
}

// civil is the inverse of dayNumber (Howard Hinnant's civil_from_days,
// shifted to our epoch).
func civil(n int) (int, time.Month, int) {
	z := n - unixEpochDay + 719468 // days since 0000-03-01
	era := z / 146097
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
	return y, time.Month(m), d
}
