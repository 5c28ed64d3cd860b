package lawgov_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewDate(t *testing.T) {
	tests := []struct {
		name    string
		y       int
		m       time.Month
		d       int
		want    string
		wantErr bool
	}{
		{"leap day", 2024, time.February, 29, "2024-02-29", false},
		{"no leap day in 2023", 2023, time.February, 29, "", true},
		{"no leap day in 1900", 1900, time.February, 29, "", true},
		{"leap day in 2000", 2000, time.February, 29, "2000-02-29", false},
		{"month 13", 2024, 13, 1, "", true},
		{"month 0", 2024, 0, 1, "", true},
		{"day 0", 2024, time.March, 0, "", true},
		{"April 31", 2024, time.April, 31, "", true},
		{"first day", 1, time.January, 1, "0001-01-01", false},
		{"last day", 9999, time.December, 31, "9999-12-31", false},
		{"year 0", 0, time.January, 1, "", true},
		{"year 10000", 10000, time.January, 1, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := lawgov.NewDate(tt.y, tt.m, tt.d)
			if tt.wantErr {
				var de *lawgov.DateError
				require.ErrorAs(t, err, &de)
				assert.True(t, d.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.String())
			y, m, dd := d.Date()
			assert.Equal(t, []int{tt.y, int(tt.m), tt.d}, []int{y, int(m), dd})
		})
	}
}

func TestParseDate(t *testing.T) {
	good := []string{"2024-02-29", "0001-01-01", "9999-12-31", "2024-03-01", "1970-01-01"}
	for _, s := range good {
		d, err := lawgov.ParseDate(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, d.String())
	}
	bad := []string{
		"2023-02-29",  // impossible date
		"2024-13-01",  // month 13
		"2024-3-01",   // one-digit month
		"2024-03-1",   // one-digit day
		" 2024-03-01", // leading junk
		"2024-03-01 ", // trailing junk
		"2024-03-01T00:00:00Z",
		"2024/03/01",
		"+024-03-01",
		"0000-01-01",
		"2024-00-10",
		"2024-04-31",
		"",
		"２０２４-03-01", // full-width digits
	}
	for _, s := range bad {
		d, err := lawgov.ParseDate(s)
		var de *lawgov.DateError
		require.ErrorAs(t, err, &de, "%q", s)
		assert.Equal(t, s, de.Input)
		assert.True(t, d.IsZero(), s)
	}
	_, err := lawgov.ParseDate("2023-02-29")
	assert.EqualError(t, err, `lawgov: parse date "2023-02-29": day out of range 1..28`)
}

func TestMustPanics(t *testing.T) {
	assert.Panics(t, func() { lawgov.MustParseDate("2023-02-29") })
	assert.Panics(t, func() { lawgov.MustDate(2023, time.February, 29) })
	assert.Equal(t, lawgov.MustDate(2024, time.February, 29), lawgov.MustParseDate("2024-02-29"))
}

func TestDateOf(t *testing.T) {
	// 16:30 UTC is 00:30 the next day in Beijing (UTC+8).
	assert.Equal(t, "2024-03-01", lawgov.DateOf(time.Date(2024, 2, 29, 16, 30, 0, 0, time.UTC)).String())
	assert.Equal(t, "2024-02-29", lawgov.DateOf(time.Date(2024, 2, 29, 15, 59, 59, 0, time.UTC)).String())
	// The location of t does not matter, only the instant.
	ny := time.FixedZone("EST", -5*60*60)
	assert.Equal(t, "2024-03-01", lawgov.DateOf(time.Date(2024, 2, 29, 11, 30, 0, 0, ny)).String())
	// The zero time is 0001-01-01 08:00 in Beijing; instants outside the
	// years 1–9999 have no Date.
	assert.Equal(t, "0001-01-01", lawgov.DateOf(time.Time{}).String())
	assert.True(t, lawgov.DateOf(time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC)).IsZero())
	assert.True(t, lawgov.DateOf(time.Date(10000, 1, 1, 12, 0, 0, 0, time.UTC)).IsZero())
	// Round trip through Time.
	d := lawgov.MustParseDate("2024-10-01")
	assert.Equal(t, d, lawgov.DateOf(d.Time()))
	assert.True(t, lawgov.Date{}.Time().IsZero())
}

func TestDateArithmetic(t *testing.T) {
	d := lawgov.MustParseDate("2024-02-28")
	assert.Equal(t, "2024-02-29", d.AddDays(1).String())
	assert.Equal(t, "2024-03-01", d.AddDays(2).String())
	assert.Equal(t, "2023-02-28", d.AddDays(-365).String())
	assert.Equal(t, 366, lawgov.MustParseDate("2025-01-01").DaysSince(lawgov.MustParseDate("2024-01-01")))
	assert.Equal(t, -1, d.DaysSince(d.AddDays(1)))
	assert.True(t, lawgov.MustParseDate("9999-12-31").AddDays(1).IsZero())
	assert.True(t, lawgov.MustParseDate("0001-01-01").AddDays(-1).IsZero())
	assert.True(t, lawgov.Date{}.AddDays(1).IsZero())
	assert.True(t, d.AddDays(1<<40).IsZero())

	a, b := lawgov.MustParseDate("2024-01-01"), lawgov.MustParseDate("2024-01-02")
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.False(t, a.After(a))
	assert.Equal(t, -1, lawgov.Date{}.Compare(lawgov.MustParseDate("0001-01-01")))
	assert.Equal(t, 2024, a.Year())
	assert.Equal(t, time.January, a.Month())
	assert.Equal(t, 2, b.Day())
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		name, start string
		months      int
		years       int
		want        string
		basis       string
	}{
		{"Jan 31 + 1 month in a leap year", "2024-01-31", 1, 0, "2024-02-29", "民法典 第二百零二条: no 31 February, so the month's last day"},
		{"Jan 31 + 1 month in a common year", "2023-01-31", 1, 0, "2023-02-28", "民法典 第二百零二条"},
		{"Mar 31 + 1 month", "2024-03-31", 1, 0, "2024-04-30", "民法典 第二百零二条"},
		{"Jan 30 + 1 month", "2024-01-30", 1, 0, "2024-02-29", "民法典 第二百零二条"},
		{"same day exists", "2024-01-15", 1, 0, "2024-02-15", "民法典 第二百零二条: 对应日"},
		{"across a year", "2024-11-30", 3, 0, "2025-02-28", "民法典 第二百零二条"},
		{"backwards", "2024-03-31", -1, 0, "2024-02-29", "民法典 第二百零二条"},
		{"12 months", "2024-02-29", 12, 0, "2025-02-28", "民法典 第二百零二条"},
		{"leap day + 1 year", "2024-02-29", 0, 1, "2025-02-28", "民法典 第二百零二条"},
		{"leap day + 4 years", "2024-02-29", 0, 4, "2028-02-29", "民法典 第二百零二条"},
		{"6 months", "2024-08-31", 6, 0, "2025-02-28", "民法典 第二百零二条"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := lawgov.MustParseDate(tt.start)
			var got lawgov.Date
			if tt.years != 0 {
				got = d.AddYears(tt.years)
			} else {
				got = d.AddMonths(tt.months)
			}
			assert.Equal(t, tt.want, got.String(), tt.basis)
		})
	}
	assert.True(t, lawgov.MustParseDate("9999-12-31").AddMonths(1).IsZero())
	assert.True(t, lawgov.MustParseDate("0001-01-31").AddMonths(-1).IsZero())
	assert.True(t, lawgov.Date{}.AddMonths(1).IsZero())
	assert.True(t, lawgov.MustParseDate("2024-01-31").AddMonths(int(^uint(0)>>1)).IsZero())
	assert.True(t, lawgov.MustParseDate("2024-01-31").AddMonths(-int(^uint(0)>>1)-1).IsZero())
	assert.True(t, lawgov.MustParseDate("2024-01-31").AddYears(1<<40).IsZero())
}

func TestWeekday(t *testing.T) {
	assert.Equal(t, time.Monday, lawgov.MustParseDate("0001-01-01").Weekday())
	assert.Equal(t, time.Thursday, lawgov.MustParseDate("1970-01-01").Weekday())
	assert.Equal(t, time.Friday, lawgov.MustParseDate("2024-09-27").Weekday())
	assert.Equal(t, time.Saturday, lawgov.MustParseDate("2024-10-12").Weekday())
	assert.Equal(t, time.Sunday, lawgov.MustParseDate("2024-09-29").Weekday())
	// Agree with package time over several centuries.
	for d := lawgov.MustParseDate("1899-12-25"); d.Year() < 2101; d = d.AddDays(97) {
		y, m, dd := d.Date()
		require.Equal(t, time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Weekday(), d.Weekday(), d.String())
	}
}

func TestDateAgreesWithTime(t *testing.T) {
	// Day numbers and civil fields agree with package time on every day of
	// a leap cycle boundary region and spot checks across the range.
	start := time.Date(1899, 1, 1, 0, 0, 0, 0, time.UTC)
	d0 := lawgov.MustDate(1899, time.January, 1)
	for i := 0; i < 3*366*4; i++ {
		tm := start.AddDate(0, 0, i)
		d := d0.AddDays(i)
		require.Equal(t, tm.Format(time.DateOnly), d.String())
	}
}

func TestDateChinese(t *testing.T) {
	assert.Equal(t, "2024年3月1日", lawgov.MustParseDate("2024-03-01").Chinese())
	assert.Equal(t, "", lawgov.Date{}.Chinese())
}

func TestDateText(t *testing.T) {
	d := lawgov.MustParseDate("2024-03-01")
	b, err := d.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2024-03-01", string(b))
	var got lawgov.Date
	require.NoError(t, got.UnmarshalText(b))
	assert.Equal(t, d, got)

	b, err = lawgov.Date{}.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	got = d
	require.NoError(t, got.UnmarshalText(nil))
	assert.True(t, got.IsZero())

	got = d
	require.Error(t, got.UnmarshalText([]byte("2023-02-29")))
	assert.Equal(t, d, got, "a failed unmarshal leaves the value alone")
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		Due  lawgov.Date         `json:"due"`
		Done lawgov.Date         `json:"done"`
		Map  map[lawgov.Date]int `json:"map"`
	}
	in := rec{Due: lawgov.MustParseDate("2024-10-12"), Map: map[lawgov.Date]int{lawgov.MustParseDate("2024-01-02"): 1}}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"due":"2024-10-12","done":null,"map":{"2024-01-02":1}}`, string(b))
	var out rec
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	var d lawgov.Date
	require.NoError(t, json.Unmarshal([]byte(`""`), &d))
	assert.True(t, d.IsZero())
	require.NoError(t, json.Unmarshal([]byte(`null`), &d))
	assert.True(t, d.IsZero())
	for _, bad := range []string{`"2023-02-29"`, `20240301`, `"2024-3-1"`, `{}`, `true`} {
		var de *lawgov.DateError
		err := json.Unmarshal([]byte(bad), &d)
		assert.True(t, errors.As(err, &de), "%s: %v", bad, err)
	}
}

func TestDateIsValid(t *testing.T) {
	assert.False(t, lawgov.Date{}.IsValid())
	assert.True(t, lawgov.MustParseDate("2024-01-01").IsValid())
}
