package lawgov_test

import (
	"encoding/csv"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oracle is the slow reference calendar: the shipped CSV read with
// encoding/csv and package time, and the weekday rule, with no use of the
// lawgov calendar code.
type oracle struct {
	first, last lawgov.Date
	work        []bool // per day from first
}

var loadOracle = sync.OnceValues(func() (*oracle, error) {
	f, err := os.Open("data/cn-holidays-2018-2026.csv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	kinds := make(map[string]string)
	for _, r := range recs[1:] {
		kinds[r[0]] = r[1]
	}
	o := &oracle{first: lawgov.MustParseDate("2018-01-01"), last: lawgov.MustParseDate("2026-12-31")}
	for tm := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() <= 2026; tm = tm.AddDate(0, 0, 1) {
		w := tm.Weekday() != time.Saturday && tm.Weekday() != time.Sunday
		switch kinds[tm.Format(time.DateOnly)] {
		case "off":
			w = false
		case "work":
			w = true
		}
		o.work = append(o.work, w)
	}
	return o, nil
})

func (o *oracle) covers(d lawgov.Date) bool { return !d.Before(o.first) && !d.After(o.last) }

func (o *oracle) isWork(d lawgov.Date) bool { return o.work[d.DaysSince(o.first)] }

func TestCalendarCSVCounts(t *testing.T) {
	b, err := os.ReadFile("data/cn-holidays-2018-2026.csv")
	require.NoError(t, err)
	rows, err := lawgov.ReadDayRules(strings.NewReader(string(b)))
	require.NoError(t, err)
	off, work := 0, 0
	for _, r := range rows {
		switch r.Kind {
		case lawgov.RestDay:
			off++
		case lawgov.MakeUpWorkday:
			work++
		}
	}
	// calendar/README.md: 314 data rows, 255 off and 59 work.
	assert.Equal(t, []int{314, 255, 59}, []int{len(rows), off, work})
}

// TestCalendarOracle checks every fast path against the day-by-day oracle
// for every start day 2018–2026: IsWorkday, NextWorkday, PrevWorkday,
// WorkdayOnOrAfter, AddWorkdays for n = ±1…±250 and WorkdaysBetween.
func TestCalendarOracle(t *testing.T) {
	o, err := loadOracle()
	require.NoError(t, err)
	cal := lawgov.OfficialCalendar()
	const maxN = 250
	days := 0
	for d := o.first; !d.After(o.last); d = d.AddDays(1) {
		days++
		got, err := cal.IsWorkday(d)
		if err != nil || got != o.isWork(d) {
			t.Fatalf("IsWorkday(%s) = %v, %v; oracle %v", d, got, err, o.isWork(d))
		}
		// Forward walk: the n-th working day after d, for n = 1…maxN.
		n := 0
		e := d
		for n < maxN {
			e = e.AddDays(1)
			if !o.covers(e) {
				break
			}
			if o.isWork(e) {
				n++
				got, err := cal.AddWorkdays(d, n)
				if err != nil || got != e {
					t.Fatalf("AddWorkdays(%s, %d) = %s, %v; oracle %s", d, n, got, err, e)
				}
			}
			if w, err := cal.WorkdaysBetween(d, e); err != nil || w != n {
				t.Fatalf("WorkdaysBetween(%s, %s) = %d, %v; oracle %d", d, e, w, err, n)
			}
		}
		if n < maxN {
			// The count runs past 2026-12-31.
			_, err := cal.AddWorkdays(d, n+1)
			if !errors.Is(err, lawgov.ErrNoCalendarData) {
				t.Fatalf("AddWorkdays(%s, %d) past 2026: err = %v", d, n+1, err)
			}
		}
		// Backward walk: the n-th working day before d.
		n = 0
		e = d
		for n < maxN {
			e = e.AddDays(-1)
			if !o.covers(e) {
				break
			}
			if o.isWork(e) {
				n++
				got, err := cal.AddWorkdays(d, -n)
				if err != nil || got != e {
					t.Fatalf("AddWorkdays(%s, %d) = %s, %v; oracle %s", d, -n, got, err, e)
				}
			}
			// Counting backwards: working days before d down to and including e.
			if w, err := cal.WorkdaysBetween(d, e); err != nil || w != -n {
				t.Fatalf("WorkdaysBetween(%s, %s) = %d, %v; oracle %d", d, e, w, err, -n)
			}
		}
		if n < maxN {
			_, err := cal.AddWorkdays(d, -(n + 1))
			if !errors.Is(err, lawgov.ErrNoCalendarData) {
				t.Fatalf("AddWorkdays(%s, %d) before 2018: err = %v", d, -(n + 1), err)
			}
		}
		// Next, previous and on-or-after.
		next, prev := d.AddDays(1), d.AddDays(-1)
		for o.covers(next) && !o.isWork(next) {
			next = next.AddDays(1)
		}
		for o.covers(prev) && !o.isWork(prev) {
			prev = prev.AddDays(-1)
		}
		if got, err := cal.NextWorkday(d); o.covers(next) && (err != nil || got != next) {
			t.Fatalf("NextWorkday(%s) = %s, %v; oracle %s", d, got, err, next)
		}
		if got, err := cal.PrevWorkday(d); o.covers(prev) && (err != nil || got != prev) {
			t.Fatalf("PrevWorkday(%s) = %s, %v; oracle %s", d, got, err, prev)
		}
		onOrAfter := next
		if o.isWork(d) {
			onOrAfter = d
		}
		if got, err := cal.WorkdayOnOrAfter(d); o.covers(onOrAfter) && (err != nil || got != onOrAfter) {
			t.Fatalf("WorkdayOnOrAfter(%s) = %s, %v; oracle %s", d, got, err, onOrAfter)
		}
		if got, err := cal.AddWorkdays(d, 0); err != nil || got != d {
			t.Fatalf("AddWorkdays(%s, 0) = %s, %v", d, got, err)
		}
	}
	assert.Equal(t, 3287, days, "every day 2018–2026")
}

func TestCalendarWorkdayCounts(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	tests := []struct {
		name, a, b string
		want       int
		basis      string
	}{
		// 2024-09-29 (Sun) and 2024-10-12 (Sat) are make-up working days;
		// 2024-10-01…07 is the National Day holiday (国办发明电〔2023〕7号).
		{"National Day 2024", "2024-09-27", "2024-10-12", 7, "国办发明电〔2023〕7号"},
		{"backwards over National Day 2024", "2024-10-12", "2024-09-27", -7, "国办发明电〔2023〕7号"},
		{"same day", "2024-10-08", "2024-10-08", 0, ""},
		{"a plain week", "2024-03-01", "2024-03-08", 5, "国务院关于职工工作时间的规定 第七条"},
		// 2025 Spring Festival: 01-28…02-04 off, 01-26 (Sun) and 02-08 (Sat) worked.
		{"Spring Festival 2025", "2025-01-23", "2025-02-08", 7, "国办发明电〔2024〕12号"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cal.WorkdaysBetween(lawgov.MustParseDate(tt.a), lawgov.MustParseDate(tt.b))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, tt.basis)
		})
	}
}

func TestCalendarNoData(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	for _, s := range []string{"2017-12-31", "2027-01-01", "2027-06-15", "1990-01-01"} {
		d := lawgov.MustParseDate(s)
		_, err := cal.IsWorkday(d)
		require.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		var nd *lawgov.NoDataError
		require.ErrorAs(t, err, &nd)
		assert.Equal(t, d.Year(), nd.Year)
		_, err = cal.AddWorkdays(d, 1)
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		_, err = cal.AddWorkdays(d, 0)
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		_, err = cal.NextWorkday(d)
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		_, err = cal.WorkdayOnOrAfter(d)
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		_, err = cal.Day(d)
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		_, err = cal.WorkdaysBetween(lawgov.MustParseDate("2024-01-01"), d)
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		_, err = cal.WorkdaysBetween(d, lawgov.MustParseDate("2024-01-01"))
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		_, _, err = cal.PeriodEnd(d, lawgov.CalendarDays(1))
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, s)
		assert.False(t, cal.Covers(d))
	}
	_, err := cal.IsWorkday(lawgov.Date{})
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)

	// Counts that run past the covered years.
	_, err = cal.AddWorkdays(lawgov.MustParseDate("2026-12-20"), 30)
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	assert.EqualError(t, err, "lawgov: 30 working days after 2026-12-20: no calendar data for 2027: the holiday notice for that year is not loaded; load it with Calendar.WithNoticeText or opt in with Calendar.WithProvisional(2027)")
	_, err = cal.AddWorkdays(lawgov.MustParseDate("2018-01-05"), -10)
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	assert.EqualError(t, err, "lawgov: 10 working days before 2018-01-05: no calendar data for 2017: the holiday notice for that year is not loaded; load it with Calendar.WithNoticeText or opt in with Calendar.WithProvisional(2017)")
	_, err = cal.AddWorkdays(lawgov.MustParseDate("2024-01-05"), -int(^uint(0)>>1)-1)
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	_, err = cal.AddWorkdays(lawgov.MustParseDate("2024-01-05"), int(^uint(0)>>1))
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	// 2026-12-31 is a Thursday; its next working day is in 2027.
	_, err = cal.NextWorkday(lawgov.MustParseDate("2026-12-31"))
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	_, _, err = cal.PeriodEnd(lawgov.MustParseDate("2026-12-20"), lawgov.CalendarDays(30))
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	_, _, err = cal.PeriodEnd(lawgov.MustParseDate("2026-12-20"), lawgov.WorkingDays(10))
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)

	// The zero Calendar covers nothing.
	var zero lawgov.Calendar
	_, err = zero.IsWorkday(lawgov.MustParseDate("2024-01-02"))
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	assert.Empty(t, zero.Years())
}

func TestCalendarVersionYears(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	assert.Same(t, cal, lawgov.OfficialCalendar())
	assert.Equal(t, lawgov.CalendarDataVersion, cal.Version())
	assert.Equal(t, []int{2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}, cal.Years())
	ys := cal.Years()
	ys[0] = 1999
	assert.Equal(t, 2018, cal.Years()[0], "Years returns a copy")
	ns := cal.Notices(2020)
	require.Len(t, ns, 2)
	assert.Equal(t, "国办发明电〔2019〕16号", ns[0].Citation.Document)
	assert.Equal(t, "国办发明电〔2020〕1号", ns[1].Citation.Document)
	assert.Equal(t, "2020-01-31", ns[1].From.String())
	assert.Equal(t, "2020-02-02", ns[1].To.String())
	assert.Nil(t, cal.Notices(2027))
	assert.Equal(t, "国办发明电〔2025〕7号", cal.Notices(2026)[0].Citation.Document)
}

func TestCalendarDay(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	tests := []struct {
		date     string
		work     bool
		reason   string
		document string
		basis    string
	}{
		// The extension notice made 2020-02-01 (Sat) a rest day instead of
		// the make-up working day of the 2020 notice.
		{"2020-02-01", false, "春节放假", "国办发明电〔2020〕1号", "国务院办公厅关于延长2020年春节假期的通知"},
		// The 2019 notice moved 2018-12-29 (Sat) to a working day.
		{"2018-12-29", true, "元旦调休上班", "国办发明电〔2018〕15号", "国务院办公厅关于2019年部分节假日安排的通知"},
		{"2019-05-05", true, "劳动节调休上班", "国办发明电〔2019〕3号", "国务院办公厅关于调整2019年劳动节假期安排的通知"},
		{"2019-04-05", false, "清明节放假", "国办发明电〔2018〕15号", "国务院办公厅关于2019年部分节假日安排的通知"},
		{"2024-10-12", true, "国庆节调休上班", "国办发明电〔2023〕7号", "国务院办公厅关于2024年部分节假日安排的通知"},
		{"2025-01-30", false, "春节放假", "国办发明电〔2024〕12号", "国务院办公厅关于2025年部分节假日安排的通知"},
		{"2024-03-05", true, "周二", "", "国务院关于职工工作时间的规定"},
		{"2024-03-09", false, "周六", "", "国务院关于职工工作时间的规定"},
		{"2024-03-10", false, "周日", "", "国务院关于职工工作时间的规定"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			info, err := cal.Day(lawgov.MustParseDate(tt.date))
			require.NoError(t, err)
			assert.Equal(t, tt.date, info.Date.String())
			assert.Equal(t, tt.work, info.Workday)
			assert.Equal(t, tt.reason, info.Reason)
			assert.Equal(t, tt.document, info.Basis.Document)
			assert.Equal(t, tt.basis, info.Basis.Instrument)
		})
	}
	info, err := cal.Day(lawgov.MustParseDate("2024-03-09"))
	require.NoError(t, err)
	assert.Equal(t, "《国务院关于职工工作时间的规定》第七条", info.Basis.String())
}

// fictional2027 is a made-up arrangement for 2027, in the format of the
// shipped CSV. It is not an official notice: it only exercises loading a year.
const fictional2027 = "\ufeffdate,kind,name\n" +
	"2027-01-01,off,元旦\n" +
	"2027-01-02,off,元旦\n" +
	"2027-01-03,off,元旦\n" +
	"2027-02-06,off,春节\n" +
	"2027-02-07,work,春节\n" +
	"2027-02-08,off,春节\n" +
	"2027-02-09,off,春节\n"

var fictionalNotice2027 = lawgov.HolidayNotice{
	Year: 2027,
	Citation: lawgov.Citation{
		Instrument: "国务院办公厅关于2027年部分节假日安排的通知（测试用虚构通知）",
		Document:   "国办发明电〔2026〕99号",
		Version:    lawgov.MustParseDate("2026-11-01"),
	},
}

func TestWithNoticesAddsYear(t *testing.T) {
	rows, err := lawgov.ReadDayRules(strings.NewReader(fictional2027))
	require.NoError(t, err)
	orig := lawgov.OfficialCalendar()
	cal, err := orig.WithNotices([]lawgov.HolidayNotice{fictionalNotice2027}, rows)
	require.NoError(t, err)

	assert.Equal(t, []int{2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}, cal.Years())
	_, err = orig.IsWorkday(lawgov.MustParseDate("2027-01-04"))
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, "the receiver is not changed")

	for _, tt := range []struct {
		date string
		want bool
	}{
		{"2027-01-01", false}, {"2027-01-04", true}, {"2027-02-07", true},
		{"2027-02-08", false}, {"2027-02-10", true}, {"2027-02-13", false},
	} {
		got, err := cal.IsWorkday(lawgov.MustParseDate(tt.date))
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, tt.date)
	}
	// Counting now runs across the new year: 2026-12-31 (Thu) + 1 is
	// Monday 2027-01-04, past the fictional 元旦 break.
	got, err := cal.NextWorkday(lawgov.MustParseDate("2026-12-31"))
	require.NoError(t, err)
	assert.Equal(t, "2027-01-04", got.String())
	n, err := cal.WorkdaysBetween(lawgov.MustParseDate("2026-12-31"), lawgov.MustParseDate("2027-01-08"))
	require.NoError(t, err)
	assert.Equal(t, 5, n)
	info, err := cal.Day(lawgov.MustParseDate("2027-02-07"))
	require.NoError(t, err)
	assert.Equal(t, "春节调休上班", info.Reason)
	assert.Equal(t, fictionalNotice2027.Citation, info.Basis)
	// 2028 is still unknown.
	_, err = cal.IsWorkday(lawgov.MustParseDate("2028-01-03"))
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)
}

func TestWithNoticesReplacesYear(t *testing.T) {
	orig := lawgov.OfficialCalendar()
	// A fictional correction of 2024 that keeps only the National Day
	// holiday, with 2024-10-07 made a working day.
	correction := lawgov.HolidayNotice{Year: 2024, Citation: lawgov.Citation{
		Instrument: "国务院办公厅关于调整2024年国庆节假期安排的通知（测试用虚构通知）",
		Document:   "国办发明电〔2024〕98号",
		Version:    lawgov.MustParseDate("2024-09-01"),
	}}
	rows, err := lawgov.ReadDayRules(strings.NewReader("date,kind,name\n" +
		"2024-10-01,off,国庆节\n2024-10-02,off,国庆节\n2024-10-03,off,国庆节\n" +
		"2024-10-04,off,国庆节\n2024-10-05,off,国庆节\n2024-10-06,off,国庆节\n"))
	require.NoError(t, err)
	cal, err := orig.WithNotices([]lawgov.HolidayNotice{correction}, rows)
	require.NoError(t, err)

	check := func(c *lawgov.Calendar, date string, want bool) {
		t.Helper()
		got, err := c.IsWorkday(lawgov.MustParseDate(date))
		require.NoError(t, err)
		assert.Equal(t, want, got, date)
	}
	check(cal, "2024-10-07", true)   // corrected
	check(orig, "2024-10-07", false) // receiver unchanged
	check(cal, "2024-10-12", false)  // the old make-up Saturday is gone
	check(cal, "2024-02-12", true)   // the old Spring Festival rows are gone
	check(orig, "2024-02-12", false)
	check(cal, "2023-10-02", false) // other years are kept
	check(cal, "2025-01-28", false)
	assert.Equal(t, []lawgov.HolidayNotice{correction}, cal.Notices(2024))
	info, err := cal.Day(lawgov.MustParseDate("2024-10-03"))
	require.NoError(t, err)
	assert.Equal(t, "国办发明电〔2024〕98号", info.Basis.Document)
}

// TestWithNoticesDecemberRows checks that late-December rows set by the
// next year's notice (2018-12-29, from the 2019 notice) follow that notice:
// they survive a correction of 2018 and go with a replacement of 2019.
func TestWithNoticesDecemberRows(t *testing.T) {
	orig := lawgov.OfficialCalendar()
	sat := lawgov.MustParseDate("2018-12-29")
	n2018 := orig.Notices(2018)
	rows2018, err := lawgov.ReadDayRules(strings.NewReader("date,kind,name\n2018-01-01,off,元旦\n"))
	require.NoError(t, err)
	cal, err := orig.WithNotices(n2018, rows2018)
	require.NoError(t, err)
	got, err := cal.IsWorkday(sat)
	require.NoError(t, err)
	assert.True(t, got, "2018-12-29 belongs to the 2019 notice")

	n2019 := []lawgov.HolidayNotice{{Year: 2019, Citation: lawgov.Citation{Instrument: "2019年测试用虚构通知", Version: lawgov.MustParseDate("2018-12-01")}}}
	cal, err = orig.WithNotices(n2019, nil)
	require.NoError(t, err)
	got, err = cal.IsWorkday(sat)
	require.NoError(t, err)
	assert.False(t, got, "replacing 2019 drops its December make-up day")
	got, err = cal.IsWorkday(lawgov.MustParseDate("2019-05-02"))
	require.NoError(t, err)
	assert.True(t, got, "the 2019 Labour Day rows are gone")
}

func TestWithNoticesErrors(t *testing.T) {
	orig := lawgov.OfficialCalendar()
	rows, err := lawgov.ReadDayRules(strings.NewReader(fictional2027))
	require.NoError(t, err)
	_, err = orig.WithNotices(nil, rows)
	assert.ErrorContains(t, err, "no notice given for 2027")
	_, err = orig.WithNotices([]lawgov.HolidayNotice{{Year: 2027}}, rows)
	assert.ErrorContains(t, err, "citation names no instrument or document")
	_, err = orig.WithNotices([]lawgov.HolidayNotice{{Year: 0, Citation: fictionalNotice2027.Citation}}, nil)
	assert.ErrorContains(t, err, "out of range")
	bad := fictionalNotice2027
	bad.From = lawgov.MustParseDate("2027-02-01")
	_, err = orig.WithNotices([]lawgov.HolidayNotice{bad}, rows)
	assert.ErrorContains(t, err, "do not form a range")
	_, err = orig.WithNotices([]lawgov.HolidayNotice{fictionalNotice2027}, []lawgov.DayRule{{Date: lawgov.MustParseDate("2027-01-01")}})
	assert.ErrorContains(t, err, "invalid date or kind")
}

// fictionalLocal is a made-up autonomous-region rule, for tests only.
var fictionalLocal = lawgov.Citation{
	Instrument: "某自治区民族节日放假办法（测试用虚构规定）",
	Version:    lawgov.MustParseDate("2020-01-01"),
	Article:    3,
}

func TestWithLocalDays(t *testing.T) {
	orig := lawgov.OfficialCalendar()
	wed := lawgov.MustParseDate("2024-04-10") // a Wednesday
	cal, err := orig.WithLocalDays(fictionalLocal, lawgov.DayRule{Date: wed, Kind: lawgov.RestDay, Name: "民族节日"})
	require.NoError(t, err)

	w, err := orig.IsWorkday(wed)
	require.NoError(t, err)
	assert.True(t, w, "the receiver is not changed")
	w, err = cal.IsWorkday(wed)
	require.NoError(t, err)
	assert.False(t, w)
	assert.Equal(t, lawgov.CalendarDataVersion, orig.Version())
	assert.Equal(t, lawgov.CalendarDataVersion+" + local", cal.Version())

	info, err := cal.Day(wed)
	require.NoError(t, err)
	assert.Equal(t, "民族节日放假", info.Reason)
	assert.Equal(t, fictionalLocal, info.Basis)

	// 2024-04-09 (Tue) + 1 working day skips the local rest day.
	got, err := cal.AddWorkdays(lawgov.MustParseDate("2024-04-09"), 1)
	require.NoError(t, err)
	assert.Equal(t, "2024-04-11", got.String())
	got, err = orig.AddWorkdays(lawgov.MustParseDate("2024-04-09"), 1)
	require.NoError(t, err)
	assert.Equal(t, "2024-04-10", got.String())

	// A second overlay replaces the same date and keeps the first's others.
	sat := lawgov.MustParseDate("2024-04-13")
	cal2, err := cal.WithLocalDays(fictionalLocal,
		lawgov.DayRule{Date: wed, Kind: lawgov.MakeUpWorkday, Name: "民族节日"},
		lawgov.DayRule{Date: sat, Kind: lawgov.MakeUpWorkday, Name: "民族节日"})
	require.NoError(t, err)
	w, err = cal2.IsWorkday(sat)
	require.NoError(t, err)
	assert.True(t, w)
	w, err = cal2.IsWorkday(wed)
	require.NoError(t, err)
	assert.True(t, w)
	w, err = cal.IsWorkday(sat)
	require.NoError(t, err)
	assert.False(t, w, "the first overlay is not changed")

	// Local days survive a newly loaded year.
	rows, err := lawgov.ReadDayRules(strings.NewReader(fictional2027))
	require.NoError(t, err)
	cal3, err := cal.WithNotices([]lawgov.HolidayNotice{fictionalNotice2027}, rows)
	require.NoError(t, err)
	w, err = cal3.IsWorkday(wed)
	require.NoError(t, err)
	assert.False(t, w)

	_, err = orig.WithLocalDays(fictionalLocal, lawgov.DayRule{Date: lawgov.MustParseDate("2027-03-03"), Kind: lawgov.RestDay})
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	_, err = orig.WithLocalDays(lawgov.Citation{}, lawgov.DayRule{Date: wed, Kind: lawgov.RestDay})
	assert.Error(t, err)
	_, err = orig.WithLocalDays(fictionalLocal, lawgov.DayRule{Date: wed})
	assert.Error(t, err)
}

// TestCalendarConcurrentOverlays queries the official calendar from several
// goroutines while others build overlays and new years on it. Run with -race.
func TestCalendarConcurrentOverlays(t *testing.T) {
	o, err := loadOracle()
	require.NoError(t, err)
	orig := lawgov.OfficialCalendar()
	rows, err := lawgov.ReadDayRules(strings.NewReader(fictional2027))
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for d := o.first; !d.After(o.last); d = d.AddDays(1) {
				w, err := orig.IsWorkday(d)
				if err != nil || w != o.isWork(d) {
					errs <- errors.New("IsWorkday disagrees with the oracle on " + d.String())
					return
				}
			}
		}()
		go func(g int) {
			defer wg.Done()
			day := lawgov.MustParseDate("2024-04-08").AddDays(g)
			for i := 0; i < 5; i++ {
				c, err := orig.WithLocalDays(fictionalLocal, lawgov.DayRule{Date: day, Kind: lawgov.RestDay, Name: "民族节日"})
				if err != nil {
					errs <- err
					return
				}
				if _, err := c.WithNotices([]lawgov.HolidayNotice{fictionalNotice2027}, rows); err != nil {
					errs <- err
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	w, err := orig.IsWorkday(lawgov.MustParseDate("2024-04-08"))
	require.NoError(t, err)
	assert.True(t, w)
}

func TestReadDayRulesErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		field    string
	}{
		{"empty", "", 1, "header"},
		{"bad header", "day,kind,name\n", 1, "header"},
		{"bad date", "date,kind,name\n2024-01-01,off,元旦\n2023-02-29,off,x\n", 3, "date"},
		{"bad kind", "date,kind,name\n2024-01-01,holiday,元旦\n", 2, "kind"},
		{"empty kind", "date,kind,name\n2024-01-01,,元旦\n", 2, "kind"},
		{"make-up on a weekday", "date,kind,name\n2024-01-02,work,元旦\n", 2, "kind"},
		{"duplicate", "date,kind,name\n2024-01-01,off,元旦\n2024-01-01,off,元旦\n", 3, "date"},
		{"field count", "date,kind,name\n2024-01-01,off\n", 2, ""},
		{"bare quote", "date,kind,name\n2024-01-01,off,a\"b\n", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := lawgov.ReadDayRules(strings.NewReader(tt.in))
			var ce *lawgov.CalendarDataError
			require.ErrorAs(t, err, &ce)
			assert.Nil(t, rows)
			assert.Equal(t, tt.line, ce.Line)
			assert.Equal(t, tt.field, ce.Field)
			assert.NotNil(t, errors.Unwrap(err))
		})
	}
	rows, err := lawgov.ReadDayRules(strings.NewReader("\ufeffdate,kind,name\r\n2024-10-12,work,国庆节\r\n"))
	require.NoError(t, err)
	assert.Equal(t, []lawgov.DayRule{{Date: lawgov.MustParseDate("2024-10-12"), Kind: lawgov.MakeUpWorkday, Name: "国庆节"}}, rows)
}
