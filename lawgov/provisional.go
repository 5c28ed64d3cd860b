package lawgov

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync/atomic"
)

// maxProvisional bounds the provisional years of one calendar, so that the
// years a query touched fit one word of [ProvisionalUse].
const maxProvisional = 64

// maxProvisionalSpan bounds the years a calendar with provisional years
// spans, so that its per-day tables stay small (a few MB at most).
const maxProvisionalSpan = 100

// RuleProvisionalCalendar is the notice a check adds when a period or a
// count of working days it relied on touched a provisional year: the year's
// holiday notice is not loaded and its days were counted by the weekday rule
// alone (国务院关于职工工作时间的规定 第七条), so the result may change when
// the notice is published. Its findings are not applicable, with severity
// notice: they never fail a report.
//
// It is a function so that the rule cannot be changed by a caller.
func RuleProvisionalCalendar() Rule {
	return Rule{
		ID:       "lawgov.calendar-provisional",
		Title:    "节假日安排推算",
		Basis:    []Citation{ProvisionalBasis()},
		Severity: Notice,
	}
}

// ProvisionalBasis is the provision that stands in for a missing holiday
// notice in a provisional year: Monday to Friday are working days and
// Saturday and Sunday rest days (国务院关于职工工作时间的规定 第七条).
// [Calendar.PeriodEnd] ends its list of provisions with it when the period
// touched a provisional year.
func ProvisionalBasis() Citation { return WorkingHoursProvisions.Art(7) }

// WithProvisional returns a calendar that also counts the given years, none
// of which may have official data, by the weekday rule alone: Monday to
// Friday are working days, Saturday and Sunday rest days. It is an explicit
// opt-in for a host that must answer before the year's State Council notice
// is published; without it a date in such a year is an error wrapping
// [ErrNoCalendarData].
//
// Every result that touches a provisional year says so:
// [Calendar.PeriodEnd] ends its provisions with [ProvisionalBasis],
// [Calendar.Day] sets [DayInfo.Provisional], [Calendar.ProvisionalYears]
// names the years a span touches, and a check that runs on a calendar from
// [Calendar.Observed] adds the notice finding of [RuleProvisionalCalendar]
// (「2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化」).
// Loading the year's notice later ([Calendar.WithNoticeText],
// [Calendar.WithNotices]) replaces the provisional year.
//
// A calendar has at most 64 provisional years and spans at most 100 years.
func (c *Calendar) WithProvisional(years ...int) (*Calendar, error) {
	nc := *c
	nc.use = nil
	nc.provisional = slices.Clone(c.provisional)
	for _, y := range years {
		switch {
		case y < minYear || y > maxYear:
			return nil, fmt.Errorf("lawgov: provisional year %d: out of range", y)
		case c.notices[y] != nil:
			return nil, fmt.Errorf("lawgov: provisional year %d: the calendar has the year's notice", y)
		}
		if !slices.Contains(nc.provisional, y) {
			nc.provisional = append(nc.provisional, y)
		}
	}
	if len(nc.provisional) > maxProvisional {
		return nil, fmt.Errorf("lawgov: provisional years: %d given, at most %d", len(nc.provisional), maxProvisional)
	}
	slices.Sort(nc.provisional)
	all := slices.Concat(c.covered, nc.provisional)
	if len(all) > 0 && slices.Max(all)-slices.Min(all) >= maxProvisionalSpan {
		return nil, fmt.Errorf("lawgov: provisional years: the calendar would span %d to %d, more than %d years", slices.Min(all), slices.Max(all), maxProvisionalSpan)
	}
	nc.build()
	return &nc, nil
}

// ProvisionalYears returns the provisional years that the days from a to b
// (in either order) touch, in ascending order; nil when they touch none,
// also when a date is outside the calendar. On a calendar from
// [Calendar.Observed] it records them, so a check can note a span it relied
// on, such as a last day computed earlier, without counting it again.
func (c *Calendar) ProvisionalYears(a, b Date) []int {
	if c.provs == nil {
		return nil
	}
	i, err := c.index(a)
	if err != nil {
		return nil
	}
	j, err := c.index(b)
	if err != nil {
		return nil
	}
	lo, hi := min(i, j), max(i, j)
	if !c.touch(lo, hi) {
		return nil
	}
	return c.yearsIn(lo, hi)
}

// IsProvisional reports whether d lies in a year the calendar counts by the
// weekday rule on request.
func (c *Calendar) IsProvisional(d Date) bool {
	return slices.Contains(c.provisional, d.Year())
}

// yearsIn returns the provisional years among table days lo to hi.
func (c *Calendar) yearsIn(lo, hi int) []int {
	var out []int
	for _, y := range c.provisional {
		s, e := c.yearIndexes(y)
		if s <= hi && e >= lo {
			out = append(out, y)
		}
	}
	return out
}

// yearIndexes returns the table indexes of the first and last day of y.
func (c *Calendar) yearIndexes(y int) (int, int) {
	return dayNumber(y, 1, 1) - int(c.first), dayNumber(y, 12, 31) - int(c.first)
}

// touch reports whether table days lo to hi include a provisional day, and
// records the years on the calendar's [ProvisionalUse], if any.
func (c *Calendar) touch(lo, hi int) bool {
	if c.provs == nil || c.provs[hi+1] == c.provs[lo] {
		return false
	}
	if c.use != nil {
		for k, y := range c.provisional {
			if s, e := c.yearIndexes(y); s <= hi && e >= lo {
				c.use.seen.Or(1 << k)
			}
		}
	}
	return true
}

// Observed returns a calendar that answers exactly as c does and records
// every provisional year its queries touch, and the record. A check calls it
// once on entry and hands the record its report on return:
//
//	cal, use := cal.Observed()
//	…
//	return use.Note(rep), nil
//
// When c has no provisional years, Observed returns c itself and a nil
// record, whose Note returns the report unchanged, so a check on official
// data costs nothing more. The record is safe for concurrent use.
func (c *Calendar) Observed() (*Calendar, *ProvisionalUse) {
	if c == nil || len(c.provisional) == 0 {
		return c, nil
	}
	nc := *c
	nc.use = &ProvisionalUse{years: c.provisional}
	return &nc, nc.use
}

// ProvisionalUse records the provisional years that the queries of a
// calendar from [Calendar.Observed] touched. The nil *ProvisionalUse records
// nothing.
type ProvisionalUse struct {
	years []int // the calendar's provisional years; bit k of seen is years[k]
	seen  atomic.Uint64
}

// Years returns the provisional years touched so far, ascending.
func (u *ProvisionalUse) Years() []int {
	if u == nil {
		return nil
	}
	var out []int
	seen := u.seen.Load()
	for k, y := range u.years {
		if seen&(1<<k) != 0 {
			out = append(out, y)
		}
	}
	return out
}

// Note returns r with one notice finding of [RuleProvisionalCalendar] per
// provisional year touched, in year order, after r's own findings:
// 「2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化」.
func (u *ProvisionalUse) Note(r Report) Report {
	if fs := u.Findings(r.Subject); len(fs) > 0 {
		r.Findings = append(slices.Clip(r.Findings), fs...)
	}
	return r
}

// Findings returns the notice findings of [ProvisionalUse.Note] about
// subject, for checks that return findings rather than a report; nil when
// no provisional year was touched.
func (u *ProvisionalUse) Findings(subject string) []Finding {
	var out []Finding
	for _, y := range u.Years() {
		out = append(out, RuleProvisionalCalendar().NotApplicable(subject, ProvisionalMessage(y)))
	}
	return out
}

// ProvisionalMessage is the Chinese notice for provisional year y:
// 「2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化」.
func ProvisionalMessage(y int) string {
	return strconv.Itoa(y) + "年节假日安排尚未载入，按周六、周日休息推算，结果可能变化"
}

// IsNoCalendarData reports whether err is, or wraps, a [*NoDataError], and
// returns it. It is errors.As for the calendar's error, for hosts that render
// it with [NoDataError.Message].
func IsNoCalendarData(err error) (*NoDataError, bool) {
	var nd *NoDataError
	ok := errors.As(err, &nd)
	return nd, ok
}
