package lawgov_test

import (
	"testing"
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func provisional2027(t testing.TB) *lawgov.Calendar {
	cal, err := lawgov.OfficialCalendar().WithProvisional(2027)
	require.NoError(t, err)
	return cal
}

func TestProvisional(t *testing.T) {
	cal := provisional2027(t)
	d := lawgov.MustParseDate
	assert.Equal(t, "cn-holidays-2018-2026 (国办发明电〔2025〕7号, 2025-11-04) + provisional 2027", cal.Version())
	assert.False(t, cal.Covers(d("2027-01-04")), "a provisional year is not official data")
	assert.True(t, cal.IsProvisional(d("2027-01-04")))
	assert.Equal(t, lawgov.OfficialCalendar().Years(), cal.Years())

	// 2027-01-01 is a Friday: by the weekday rule alone, a working day.
	next, err := cal.NextWorkday(d("2026-12-31"))
	require.NoError(t, err)
	assert.Equal(t, d("2027-01-01"), next)

	// 行政复议法 第八十八条: 60日 are calendar days. From 2026-12-01 they end
	// on Saturday 2027-01-30, which rolls to Monday 2027-02-01.
	end, basis, err := cal.PeriodEnd(d("2026-12-01"), lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 60))
	require.NoError(t, err)
	assert.Equal(t, d("2027-02-01"), end)
	assert.Equal(t, lawgov.ProvisionalBasis(), basis[len(basis)-1], "a provisional result says so")
	assert.Equal(t, []int{2027}, cal.ProvisionalYears(d("2026-12-01"), end))

	// A period within 2026 is the official answer, unflagged.
	end, basis, err = cal.PeriodEnd(d("2026-09-25"), lawgov.WorkingDays(7))
	require.NoError(t, err)
	official, obasis, err := lawgov.OfficialCalendar().PeriodEnd(d("2026-09-25"), lawgov.WorkingDays(7))
	require.NoError(t, err)
	assert.Equal(t, official, end)
	assert.Equal(t, obasis, basis)
	assert.Nil(t, cal.ProvisionalYears(d("2026-09-25"), end))

	info, err := cal.Day(d("2027-01-02"))
	require.NoError(t, err)
	assert.Equal(t, lawgov.DayInfo{Date: d("2027-01-02"), Reason: "周六（2027年节假日安排尚未载入，按周六、周日休息推算）",
		Basis: lawgov.ProvisionalBasis(), Provisional: true}, info)

	// Past the provisional year, it fails closed again.
	_, err = cal.NextWorkday(d("2027-12-31"))
	var nd *lawgov.NoDataError
	require.ErrorAs(t, err, &nd)
	assert.Equal(t, 2028, nd.Year)
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)

	_, err = lawgov.OfficialCalendar().WithProvisional(2026)
	assert.EqualError(t, err, "lawgov: provisional year 2026: the calendar has the year's notice")
	_, err = lawgov.OfficialCalendar().WithProvisional(0)
	assert.Error(t, err)
	_, err = lawgov.OfficialCalendar().WithProvisional(9999)
	assert.EqualError(t, err, "lawgov: provisional years: the calendar would span 2018 to 9999, more than 100 years")
}

func TestObservedNote(t *testing.T) {
	d := lawgov.MustParseDate
	cal, use := provisional2027(t).Observed()
	rep := lawgov.Report{Subject: "复议〔2026〕1号", AsOf: d("2026-12-15")}
	assert.Equal(t, rep, use.Note(rep), "nothing touched yet")
	_, _, err := cal.PeriodEnd(d("2026-12-01"), lawgov.CalendarDays(60))
	require.NoError(t, err)
	got := use.Note(rep)
	require.Len(t, got.Findings, 1)
	f := got.Findings[0]
	assert.Equal(t, lawgov.RuleID("lawgov.calendar-provisional"), f.Rule)
	assert.Equal(t, "2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化", f.Message)
	assert.Equal(t, lawgov.NotApplicable, f.Outcome)
	assert.Equal(t, lawgov.Notice, f.Severity)
	assert.Equal(t, "复议〔2026〕1号", f.Subject)
	assert.True(t, got.OK(), "a provisional notice never fails a report")
	assert.NoError(t, lawgov.RuleProvisionalCalendar().Validate())

	// Without provisional years Observed is free: the calendar itself and
	// a nil record.
	off, none := lawgov.OfficialCalendar().Observed()
	assert.Same(t, lawgov.OfficialCalendar(), off)
	assert.Nil(t, none)
	assert.Equal(t, rep, none.Note(rep))
}

func TestNoticeReplacesProvisional(t *testing.T) {
	texts := noticeTexts(t)
	cal, err := (&lawgov.Calendar{}).WithNoticeText(texts[0])
	require.NoError(t, err)
	cal, err = cal.WithProvisional(2019)
	require.NoError(t, err)
	assert.Equal(t, "cn-holidays-2018-2018 (国办发明电〔2017〕12号, 2017-11-30) + provisional 2019", cal.Version())
	// By the weekday rule 2019-02-04 is a Monday and a working day; the 2019
	// notice makes it the first day of the Spring Festival.
	w, err := cal.IsWorkday(lawgov.MustParseDate("2019-02-04"))
	require.NoError(t, err)
	assert.True(t, w)
	cal, err = cal.WithNoticeText(texts[1])
	require.NoError(t, err)
	w, err = cal.IsWorkday(lawgov.MustParseDate("2019-02-04"))
	require.NoError(t, err)
	assert.False(t, w)
	assert.Equal(t, "cn-holidays-2018-2019 (国办发明电〔2018〕15号, 2018-12-04)", cal.Version())
	assert.False(t, cal.IsProvisional(lawgov.MustParseDate("2019-02-04")))
}

func TestNoDataErrorMessage(t *testing.T) {
	_, err := lawgov.OfficialCalendar().AddWorkdays(lawgov.MustParseDate("2026-12-20"), 30)
	nd, ok := lawgov.IsNoCalendarData(err)
	require.True(t, ok)
	assert.Equal(t, 2027, nd.Year)
	assert.Equal(t, "2026年12月20日后第30个工作日涉及2027年，2027年节假日安排（国务院办公厅关于2027年部分节假日安排的通知）尚未载入；"+
		"请用 WithNoticeText 或 WithNotices 载入该通知，或用 WithProvisional(2027) 明确按周六、周日休息推算", nd.Message("zh"))
	assert.Equal(t, nd.Message("zh"), nd.Message("zh-CN"))
	assert.Equal(t, "lawgov: "+nd.Message("en"), err.Error())
	_, ok = lawgov.IsNoCalendarData(nil)
	assert.False(t, ok)
}

// TestProvisionalWeekdayRule checks a provisional year against a slow
// oracle: day by day, Monday to Friday work.
func TestProvisionalWeekdayRule(t *testing.T) {
	cal := provisional2027(t)
	jan1 := lawgov.MustParseDate("2027-01-01")
	rapid.Check(t, func(t *rapid.T) {
		start := jan1.AddDays(rapid.IntRange(0, 364).Draw(t, "day"))
		n := rapid.IntRange(1, 200).Draw(t, "n")
		want, k := start, 0
		for k < n && want.Year() == 2027 {
			want = want.AddDays(1)
			if wd := want.Weekday(); wd != time.Saturday && wd != time.Sunday {
				k++
			}
		}
		got, err := cal.AddWorkdays(start, n)
		if want.Year() != 2027 {
			if err == nil {
				t.Fatalf("AddWorkdays(%s, %d) = %s, want an error past 2027", start, n, got)
			}
			return
		}
		if err != nil || got != want {
			t.Fatalf("AddWorkdays(%s, %d) = %s, %v; want %s", start, n, got, err, want)
		}
	})
}

// TestLedgerProvisionalNotice replays the 赤壁 2019 ledger on a
// calendar that has the 2018 notice only and counts 2019 by the weekday
// rule: its report ends with the notice for 2019, and without the opt-in the
// ledger cannot be built.
func TestLedgerProvisionalNotice(t *testing.T) {
	cal, err := (&lawgov.Calendar{}).WithNoticeText(noticeTexts(t)[0])
	require.NoError(t, err)
	dir := chibiDirectory(t)
	_, err = lawgov.NewLedger(chibiPlan(t, dir), dir, lawgov.LedgerConfig{Calendar: cal})
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)

	cal, err = cal.WithProvisional(2019)
	require.NoError(t, err)
	l, err := lawgov.NewLedger(chibiPlan(t, dir), dir, lawgov.LedgerConfig{Calendar: cal})
	require.NoError(t, err)
	require.NoError(t, l.Apply(chibiEvents(t)...))
	rep, err := l.Check(d(2019, 10, 15))
	require.NoError(t, err)
	last := rep.Findings[len(rep.Findings)-1]
	assert.Equal(t, lawgov.RuleProvisionalCalendar().ID, last.Rule)
	assert.Equal(t, "2019年节假日安排尚未载入，按周六、周日休息推算，结果可能变化", last.Message)
	assert.Len(t, rep.Find(lawgov.RuleProvisionalCalendar().ID), 1)

	// On the official data the same report has no notice.
	rep, err = chibiLedger(t).Check(d(2019, 10, 15))
	require.NoError(t, err)
	assert.Empty(t, rep.Find(lawgov.RuleProvisionalCalendar().ID))
}
