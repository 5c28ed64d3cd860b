package lawgov

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
)

// ErrNoCalendarData is wrapped by every error about a date in a year the
// calendar has no official data for. Such a date is never guessed with the
// plain weekday rule: the State Council announces each year's arrangement
// (调休 included) in a notice, and until then nobody knows the working days.
var ErrNoCalendarData = errors.New("lawgov: no calendar data")

// CalendarDataVersion names the data embedded in [OfficialCalendar]: the
// holiday arrangements 2018–2026, up to the notice 国办发明电〔2025〕7号 of
// 2025-11-04. [Calendar.WithNoticeText] names the data it gives the same
// way: "cn-holidays-<first year>-<last year> (<latest 文号>, <its date>)".
const CalendarDataVersion = "cn-holidays-2018-2026 (国办发明电〔2025〕7号, 2025-11-04)"

//go:embed data/cn-holidays-2018-2026.csv
var officialDays []byte

//go:embed data/notices.csv
var officialNotices []byte

// DayKind is how an official notice changes a day (日期类型).
// The zero DayKind is unspecified.
type DayKind uint8

// The day kinds, with the codes of the calendar CSV's kind column.
const (
	DayKindUnspecified DayKind = iota
	RestDay                    // off: 放假 — a rest day announced as part of a holiday
	MakeUpWorkday              // work: 调休上班 — a Saturday or Sunday worked
)

var dayKindNames = enum.New[DayKind]("lawgov", "day kind", "DayKind", []enum.Entry{
	RestDay:       {Code: "off", Label: "放假"},
	MakeUpWorkday: {Code: "work", Label: "调休上班"},
})

// String returns the stable code: "off" or "work".
func (k DayKind) String() string { return dayKindNames.String(k) }

// Label returns the Chinese label: 放假 or 调休上班.
func (k DayKind) Label() string { return dayKindNames.Label(k) }

// IsValid reports whether k is a defined day kind.
func (k DayKind) IsValid() bool { return dayKindNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k DayKind) MarshalText() ([]byte, error) { return dayKindNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *DayKind) UnmarshalText(b []byte) error {
	v, err := dayKindNames.Parse(b)
	*k = v
	return err
}

// DayRule is one row of a holiday notice: a date, what the notice makes of
// it and the holiday it belongs to (元旦, 春节, …).
type DayRule struct {
	Date Date    `json:"date"`
	Kind DayKind `json:"kind"`
	Name string  `json:"name"`
}

// HolidayNotice is an official notice that sets the working days of one year
// (国务院办公厅关于XXXX年部分节假日安排的通知), or a later notice that changes
// some of them. From and To bound the dates a changing notice governs; both
// zero means the whole arrangement of Year.
type HolidayNotice struct {
	Year     int      `json:"year"`
	Citation Citation `json:"citation"`
	From     Date     `json:"from"`
	To       Date     `json:"to"`
}

// ReadDayRules reads rows in the format of the shipped calendar CSV: a
// header "date,kind,name", then one row per date, with kind "off" or "work".
// An error names the line and the field; nothing is returned on error.
func ReadDayRules(r io.Reader) ([]DayRule, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 3
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, &CalendarDataError{Line: 1, Field: "header", Err: err}
	}
	if strings.TrimPrefix(header[0], "\ufeff") != "date" || header[1] != "kind" || header[2] != "name" {
		return nil, &CalendarDataError{Line: 1, Field: "header", Err: fmt.Errorf("want date,kind,name, got %q", strings.Join(header, ","))}
	}
	var rules []DayRule
	seen := make(map[Date]bool)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// FieldPos is only defined for a record read without error.
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			return nil, &CalendarDataError{Line: line, Err: err}
		}
		line, _ := cr.FieldPos(0)
		d, err := ParseDate(rec[0])
		if err != nil {
			return nil, &CalendarDataError{Line: line, Field: "date", Err: err}
		}
		var k DayKind
		if err := k.UnmarshalText([]byte(rec[1])); err != nil || k == DayKindUnspecified {
			return nil, &CalendarDataError{Line: line, Field: "kind", Err: fmt.Errorf("want off or work, got %q", rec[1])}
		}
		if k == MakeUpWorkday && d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			return nil, &CalendarDataError{Line: line, Field: "kind", Err: fmt.Errorf("make-up working day %s is not a Saturday or Sunday", d)}
		}
		if seen[d] {
			return nil, &CalendarDataError{Line: line, Field: "date", Err: fmt.Errorf("date %s listed twice", d)}
		}
		seen[d] = true
		rules = append(rules, DayRule{Date: d, Kind: k, Name: rec[2]})
	}
	return rules, nil
}

// CalendarDataError reports a bad row of calendar data.
type CalendarDataError struct {
	Line  int    // 1-based line number
	Field string // column name, or "" for the whole row
	Err   error
}

func (e *CalendarDataError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("lawgov: calendar data line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("lawgov: calendar data line %d, field %s: %v", e.Line, e.Field, e.Err)
}

func (e *CalendarDataError) Unwrap() error { return e.Err }

// Calendar reports working days (工作日) from official data: Monday to
// Friday are working days and weekends rest days (国务院关于职工工作时间的规定
// 第七条), except for the dates the year's State Council notice changes, and
// for local days overlaid by a jurisdiction.
//
// A Calendar covers the years it has notices for; every query about a date
// outside them returns an error wrapping ErrNoCalendarData. Queries are O(1):
// the calendar precomputes per-day tables when it is built.
//
// A Calendar is immutable and safe for concurrent use. WithNotices and
// WithLocalDays return new calendars and never change the receiver. The zero
// Calendar covers no year.
type Calendar struct {
	version  string
	notices  map[int][]HolidayNotice // by year, in the order given
	national map[Date]dayEntry
	local    map[Date]dayEntry

	first   int32   // day number of the first day of the table
	status  []uint8 // per day: statusCovered | statusWork
	cum     []int32 // cum[i]: working days among table days [0, i)
	gaps    []int32 // gaps[i]: uncovered days among table days [0, i)
	works   []int32 // day numbers of all covered working days, ascending
	covered []int   // years with notices, ascending

	provisional []int           // years counted by the weekday rule on request, ascending
	provs       []int32         // provs[i]: provisional days among table days [0, i); nil without provisional years
	use         *ProvisionalUse // records provisional years touched; nil unless made by Observed
}

const (
	statusCovered = 1 << iota // countable: official data or a provisional year
	statusWork
	statusProvisional
)

type dayEntry struct {
	rule  DayRule
	basis Citation
	year  int // the year of the notice the row belongs to; 0 for local days
}

var officialCalendar = sync.OnceValue(func() *Calendar {
	rules, err := ReadDayRules(bytes.NewReader(officialDays))
	if err != nil {
		panic("lawgov: embedded calendar: " + err.Error())
	}
	notices, err := readNotices(bytes.NewReader(officialNotices))
	if err != nil {
		panic("lawgov: embedded notices: " + err.Error())
	}
	c, err := (&Calendar{version: CalendarDataVersion}).WithNotices(notices, rules)
	if err != nil {
		panic("lawgov: embedded calendar: " + err.Error())
	}
	return c
})

// OfficialCalendar returns the national calendar built from the embedded
// State Council notices for 2018–2026 ([CalendarDataVersion]). Every call
// returns the same immutable calendar.
func OfficialCalendar() *Calendar { return officialCalendar() }

func readNotices(r io.Reader) ([]HolidayNotice, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 6
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []HolidayNotice
	for i, rec := range recs[1:] {
		y, err := strconv.Atoi(rec[0])
		if err != nil {
			return nil, fmt.Errorf("line %d: year: %w", i+2, err)
		}
		ver, err := ParseDate(rec[3])
		if err != nil {
			return nil, fmt.Errorf("line %d: date: %w", i+2, err)
		}
		var from, to Date
		if rec[4] != "" {
			if from, err = ParseDate(rec[4]); err != nil {
				return nil, fmt.Errorf("line %d: from: %w", i+2, err)
			}
			if to, err = ParseDate(rec[5]); err != nil {
				return nil, fmt.Errorf("line %d: to: %w", i+2, err)
			}
		}
		out = append(out, HolidayNotice{Year: y, Citation: Citation{Instrument: rec[1], Document: rec[2], Version: ver}, From: from, To: to})
	}
	return out, nil
}

// Version returns the name of the calendar's data, e.g. CalendarDataVersion,
// with " + local" appended when local days are overlaid and
// " + provisional 2027" for each year counted by [Calendar.WithProvisional].
func (c *Calendar) Version() string {
	v := c.version
	if len(c.local) > 0 {
		v += " + local"
	}
	for _, y := range c.provisional {
		v += " + provisional " + strconv.Itoa(y)
	}
	return v
}

// Years returns the covered years in ascending order.
func (c *Calendar) Years() []int { return slices.Clone(c.covered) }

// Notices returns the notices for year y, or nil when y is not covered.
func (c *Calendar) Notices(y int) []HolidayNotice { return slices.Clone(c.notices[y]) }

// Covers reports whether the calendar has official data for d's year.
func (c *Calendar) Covers(d Date) bool {
	i := int(d.n) - int(c.first)
	return d.n != 0 && i >= 0 && i < len(c.status) && c.status[i]&(statusCovered|statusProvisional) == statusCovered
}

// WithNotices returns a calendar with the given notices and their rows added.
// For every year named by a notice, the year's existing notices and rows are
// replaced, so a host can add a newly announced year, or correct one, without
// a new release of this module:
//
//	rows, err := lawgov.ReadDayRules(f) // same CSV format as the shipped data
//	cal, err := lawgov.OfficialCalendar().WithNotices([]lawgov.HolidayNotice{{Year: 2027, Citation: …}}, rows)
//
// A row belongs to the notice year of its date, except that a December row of
// a 元旦 holiday belongs to the next year's notice when that year is given
// (the 2019 notice moved 2018-12-29 to 2018-12-31). Every row must belong to
// a given year. Local overlays of the receiver are kept, and so are its
// provisional years, except those the notices now cover.
func (c *Calendar) WithNotices(notices []HolidayNotice, rows []DayRule) (*Calendar, error) {
	years := make(map[int]bool)
	for i, n := range notices {
		if n.Year < minYear || n.Year > maxYear {
			return nil, fmt.Errorf("lawgov: notice %d: year %d out of range", i, n.Year)
		}
		if !n.Citation.IsValid() {
			return nil, fmt.Errorf("lawgov: notice %d for %d: citation names no instrument or document", i, n.Year)
		}
		if n.From.IsZero() != n.To.IsZero() || n.To.Before(n.From) {
			return nil, fmt.Errorf("lawgov: notice %d for %d: from %s and to %s do not form a range", i, n.Year, n.From, n.To)
		}
		years[n.Year] = true
	}
	nc := &Calendar{version: c.version, notices: make(map[int][]HolidayNotice), national: make(map[Date]dayEntry), local: c.local}
	for _, y := range c.provisional {
		// Official data replaces a provisional year.
		if !years[y] {
			nc.provisional = append(nc.provisional, y)
		}
	}
	for y, ns := range c.notices {
		if !years[y] {
			nc.notices[y] = ns
		}
	}
	for _, n := range notices {
		nc.notices[n.Year] = append(nc.notices[n.Year], n)
	}
	for d, e := range c.national {
		// A row is replaced with the notice it came from: a December 元旦
		// row of the next year's notice survives a correction of its own
		// calendar year.
		if !years[e.year] {
			nc.national[d] = e
		}
	}
	for _, r := range rows {
		if !r.Date.IsValid() || !r.Kind.IsValid() {
			return nil, fmt.Errorf("lawgov: row %q %q: invalid date or kind", r.Date, r.Kind)
		}
		y := noticeYear(r, years)
		if !years[y] {
			return nil, fmt.Errorf("lawgov: row %s: no notice given for %d", r.Date, y)
		}
		nc.national[r.Date] = dayEntry{rule: r, basis: governing(nc.notices[y], r.Date), year: y}
	}
	nc.build()
	return nc, nil
}

// noticeYear is the year of the notice a row belongs to.
func noticeYear(r DayRule, years map[int]bool) int {
	y, m, _ := r.Date.Date()
	if m == time.December && strings.Contains(r.Name, "元旦") && years[y+1] {
		return y + 1
	}
	return y
}

// governing returns the citation of the last notice whose range includes d,
// or of the year's first notice.
func governing(ns []HolidayNotice, d Date) Citation {
	var c Citation
	for _, n := range ns {
		if n.From.IsZero() {
			if c.IsZero() {
				c = n.Citation
			}
		} else if !d.Before(n.From) && !d.After(n.To) {
			c = n.Citation
		}
	}
	if c.IsZero() && len(ns) > 0 {
		c = ns[0].Citation
	}
	return c
}

// WithLocalDays returns a calendar that also applies local days, such as a
// jurisdiction's own rest days (some autonomous regions add ethnic
// holidays), each cited to basis. The days must lie in covered or
// provisional years. A later
// overlay of the same date replaces an earlier one; the receiver is never
// changed, so a calendar in use elsewhere is safe.
func (c *Calendar) WithLocalDays(basis Citation, days ...DayRule) (*Calendar, error) {
	if !basis.IsValid() {
		return nil, errors.New("lawgov: local days: basis citation names no instrument or document")
	}
	nc := *c
	nc.use = nil
	nc.local = make(map[Date]dayEntry, len(c.local)+len(days))
	for d, e := range c.local {
		nc.local[d] = e
	}
	for _, r := range days {
		if !r.Date.IsValid() || !r.Kind.IsValid() {
			return nil, fmt.Errorf("lawgov: local day %q: invalid date or kind", r.Date)
		}
		if _, err := c.index(r.Date); err != nil {
			return nil, &NoDataError{Op: "local day " + r.Date.String(), Year: r.Date.Year(), zh: "地方休息日" + r.Date.Chinese()}
		}
		nc.local[r.Date] = dayEntry{rule: r, basis: basis}
	}
	nc.build()
	return &nc, nil
}

// build computes the per-day tables from the notices and rows.
func (c *Calendar) build() {
	c.covered = c.covered[:0:0]
	for y := range c.notices {
		c.covered = append(c.covered, y)
	}
	slices.Sort(c.covered)
	years := slices.Concat(c.covered, c.provisional)
	slices.Sort(years)
	c.provs = nil
	if len(years) == 0 {
		c.first, c.status, c.cum, c.gaps, c.works = 0, nil, nil, nil, nil
		return
	}
	first := int32(dayNumber(years[0], time.January, 1))
	last := int32(dayNumber(years[len(years)-1], time.December, 31))
	n := int(last - first + 1)
	c.first = first
	c.status = make([]uint8, n)
	c.cum = make([]int32, n+1)
	c.gaps = make([]int32, n+1)
	c.works = make([]int32, 0, n*3/4)
	if len(c.provisional) > 0 {
		c.provs = make([]int32, n+1)
	}
	for i := 0; i < n; i++ {
		d := Date{n: first + int32(i)}
		var s uint8
		if _, ok := c.notices[d.Year()]; ok {
			s = statusCovered
		} else if slices.Contains(c.provisional, d.Year()) {
			s = statusCovered | statusProvisional
		}
		if s != 0 {
			if isWork, _ := c.classify(d); isWork {
				s |= statusWork
			}
		}
		c.status[i] = s
		c.cum[i+1] = c.cum[i]
		c.gaps[i+1] = c.gaps[i]
		if c.provs != nil {
			c.provs[i+1] = c.provs[i]
			if s&statusProvisional != 0 {
				c.provs[i+1]++
			}
		}
		switch {
		case s&statusWork != 0:
			c.cum[i+1]++
			c.works = append(c.works, d.n)
		case s&statusCovered == 0:
			c.gaps[i+1]++
		}
	}
}

// classify decides a covered day from the data: local overlay first, then
// the national notice, then the weekday rule.
func (c *Calendar) classify(d Date) (bool, dayEntry) {
	if e, ok := c.local[d]; ok {
		return e.rule.Kind == MakeUpWorkday, e
	}
	if e, ok := c.national[d]; ok {
		return e.rule.Kind == MakeUpWorkday, e
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday, dayEntry{}
}

func (c *Calendar) index(d Date) (int, error) {
	i := int(d.n) - int(c.first)
	if d.n == 0 || i < 0 || i >= len(c.status) || c.status[i]&statusCovered == 0 {
		return 0, &NoDataError{Op: d.String(), Year: d.Year(), zh: d.Chinese()}
	}
	return i, nil
}

// NoDataError reports a date, or a count of days, that reaches a year the
// calendar does not cover. It wraps ErrNoCalendarData, so
// errors.Is(err, ErrNoCalendarData) holds for it. Error renders it in
// English, [NoDataError.Message] in Chinese or English, both with the remedy.
type NoDataError struct {
	Op   string // the date or the count asked for, e.g. "2027-01-04"
	Year int    // the first year without data; 0 for the zero Date

	zh string // Op in Chinese, e.g. "2027年1月4日"; Op when empty
}

// Error returns the English message with the remedy.
func (e *NoDataError) Error() string { return "lawgov: " + e.Message("en") }

// Message renders the error for a reader: in Chinese when lang is "zh" (or
// starts with "zh-"), else in English, without the "lawgov: " prefix. It
// names the year and the remedy: load that year's notice
// ([Calendar.WithNoticeText] or [Calendar.WithNotices]), or opt in to
// counting the year by the weekday rule ([Calendar.WithProvisional]).
func (e *NoDataError) Message(lang string) string {
	zh := lang == "zh" || strings.HasPrefix(lang, "zh-")
	op := e.zh
	if op == "" || !zh {
		op = e.Op
	}
	switch {
	case e.Year == 0 && zh:
		return fmt.Sprintf("%q不是有效日期，无法查询节假日安排", op)
	case e.Year == 0:
		return fmt.Sprintf("%q: no calendar data: the zero date is not a date", op)
	case zh:
		return fmt.Sprintf("%s涉及%d年，%d年节假日安排（国务院办公厅关于%d年部分节假日安排的通知）尚未载入；"+
			"请用 WithNoticeText 或 WithNotices 载入该通知，或用 WithProvisional(%d) 明确按周六、周日休息推算", op, e.Year, e.Year, e.Year, e.Year)
	}
	return fmt.Sprintf("%s: no calendar data for %d: the holiday notice for that year is not loaded; "+
		"load it with Calendar.WithNoticeText or opt in with Calendar.WithProvisional(%d)", op, e.Year, e.Year)
}

func (e *NoDataError) Unwrap() error { return ErrNoCalendarData }

// IsWorkday reports whether d is a working day. It returns an error wrapping
// ErrNoCalendarData when the calendar has no data for d's year.
func (c *Calendar) IsWorkday(d Date) (bool, error) {
	i := int(d.n) - int(c.first)
	if d.n == 0 || uint(i) >= uint(len(c.status)) || c.status[i]&statusCovered == 0 {
		_, err := c.index(d)
		return false, err
	}
	if c.provs != nil {
		c.touch(i, i)
	}
	return c.status[i]&statusWork != 0, nil
}

// AddWorkdays returns the n-th working day after d (before d for negative
// n), not counting d itself; n == 0 returns d. Counting starts on the day
// after d, so AddWorkdays(d, 7) is the last day of a 7-working-day period
// that starts on d. The cost does not depend on n.
func (c *Calendar) AddWorkdays(d Date, n int) (Date, error) {
	i, err := c.index(d)
	if err != nil {
		return Date{}, err
	}
	if n == 0 {
		return d, nil
	}
	return c.addWorkdays(i, d, n)
}

// addWorkdays is AddWorkdays for a covered d at table index i and n != 0.
func (c *Calendar) addWorkdays(i int, d Date, n int) (Date, error) {
	var k int64
	if n > 0 {
		k = int64(c.cum[i+1]) + int64(n) - 1
	} else {
		k = int64(c.cum[i]) + int64(n)
	}
	if k < 0 || k >= int64(len(c.works)) {
		return Date{}, c.beyond(d, n)
	}
	t := c.works[k]
	j := int(t - c.first)
	lo, hi := min(i, j), max(i, j)
	if c.gaps[hi+1] != c.gaps[lo] {
		return Date{}, c.beyond(d, n)
	}
	if c.provs != nil {
		c.touch(lo, hi)
	}
	return Date{n: t}, nil
}

// beyond reports a count that runs out of the covered years.
func (c *Calendar) beyond(d Date, n int) error {
	y := Date{n: c.first + int32(len(c.status)) - 1}.Year() + 1
	dir, zhDir := "after", "后"
	if n < 0 {
		dir, zhDir, y = "before", "前", Date{n: c.first}.Year()-1
	}
	// Name the first uncovered year in the direction of counting.
	for step := d.Year(); step >= minYear && step <= maxYear; {
		if _, ok := c.notices[step]; !ok && !slices.Contains(c.provisional, step) {
			y = step
			break
		}
		if n > 0 {
			step++
		} else {
			step--
		}
	}
	unit := "working days"
	if n == 1 || n == -1 {
		unit = "working day"
	}
	return &NoDataError{Op: fmt.Sprintf("%d %s %s %s", uabs(n), unit, dir, d), Year: y,
		zh: fmt.Sprintf("%s%s第%d个工作日", d.Chinese(), zhDir, uabs(n))}
}

// firstGap returns the year of the first uncovered table day at or after i.
func (c *Calendar) firstGap(i int) int {
	for ; i < len(c.status); i++ {
		if c.status[i]&statusCovered == 0 {
			return Date{n: c.first + int32(i)}.Year()
		}
	}
	return 0
}

// uabs returns |n|, also for the most negative int.
func uabs(n int) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}

// WorkdaysBetween returns the number of working days after a up to and
// including b. When b is before a, it counts backwards the same way and is
// negative: minus the number of working days before a down to and including
// b. So it is the inverse of AddWorkdays for every n, negative n included:
// WorkdaysBetween(d, AddWorkdays(d, n)) == n.
func (c *Calendar) WorkdaysBetween(a, b Date) (int, error) {
	i, err := c.index(a)
	if err != nil {
		return 0, err
	}
	j, err := c.index(b)
	if err != nil {
		return 0, err
	}
	lo, hi := min(i, j), max(i, j)
	if c.gaps[hi+1] != c.gaps[lo] {
		return 0, &NoDataError{Op: fmt.Sprintf("working days from %s to %s", a, b), Year: c.firstGap(lo),
			zh: fmt.Sprintf("%s至%s的工作日数", a.Chinese(), b.Chinese())}
	}
	if c.provs != nil {
		c.touch(lo, hi)
	}
	if j < i {
		// Working days in [b, a): the mirror image of (a, b].
		return int(c.cum[j]) - int(c.cum[i]), nil
	}
	return int(c.cum[j+1]) - int(c.cum[i+1]), nil
}

// NextWorkday returns the first working day after d.
func (c *Calendar) NextWorkday(d Date) (Date, error) { return c.AddWorkdays(d, 1) }

// PrevWorkday returns the last working day before d.
func (c *Calendar) PrevWorkday(d Date) (Date, error) { return c.AddWorkdays(d, -1) }

// WorkdayOnOrAfter returns d when it is a working day, else the next working
// day: the roll-forward of a period whose last day is a rest day.
func (c *Calendar) WorkdayOnOrAfter(d Date) (Date, error) {
	i, err := c.index(d)
	if err != nil {
		return Date{}, err
	}
	if c.status[i]&statusWork != 0 {
		if c.provs != nil {
			c.touch(i, i)
		}
		return d, nil
	}
	return c.addWorkdays(i, d, 1)
}

// DayInfo explains a day of the calendar: whether it is a working day, why,
// and on what basis.
type DayInfo struct {
	Date    Date     `json:"date"`
	Workday bool     `json:"workday"`
	Reason  string   `json:"reason"` // Chinese, e.g. "春节放假", "周六", "国庆节调休上班"
	Basis   Citation `json:"basis"`

	// Provisional is set for a day of a year counted by the weekday rule
	// on request ([Calendar.WithProvisional]); Reason then says so.
	Provisional bool `json:"provisional,omitempty"`
}

// Day explains d: a holiday or make-up working day with the notice that
// set it, a local day with its basis, or a plain weekday or weekend.
func (c *Calendar) Day(d Date) (DayInfo, error) {
	i, err := c.index(d)
	if err != nil {
		return DayInfo{}, err
	}
	work, e := c.classify(d)
	info := DayInfo{Date: d, Workday: work, Basis: e.basis, Provisional: c.touch(i, i)}
	switch {
	case e.rule.Kind == RestDay:
		info.Reason = e.rule.Name + "放假"
	case e.rule.Kind == MakeUpWorkday:
		info.Reason = e.rule.Name + "调休上班"
	default:
		info.Reason = weekdayCN[d.Weekday()]
		info.Basis = WorkingHoursProvisions.Art(7)
		if info.Provisional {
			info.Reason += "（" + strconv.Itoa(d.Year()) + "年节假日安排尚未载入，按周六、周日休息推算）"
		}
	}
	return info, nil
}

var weekdayCN = [...]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}
