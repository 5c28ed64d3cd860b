package lawgov_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

var (
	sinkBool bool
	sinkDate lawgov.Date
	sinkInt  int
	sinkDec  decimal.Decimal
	sinkErr  error
)

func BenchmarkIsWorkday(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	d := lawgov.MustParseDate("2024-10-12")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBool, sinkErr = cal.IsWorkday(d)
	}
}

func benchAddWorkdays(b *testing.B, n int) {
	cal := lawgov.OfficialCalendar()
	d := lawgov.MustParseDate("2024-09-27")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate, sinkErr = cal.AddWorkdays(d, n)
	}
}

func BenchmarkAddWorkdays7(b *testing.B)   { benchAddWorkdays(b, 7) }
func BenchmarkAddWorkdays200(b *testing.B) { benchAddWorkdays(b, 200) }

func BenchmarkWorkdaysBetweenYear(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	from, to := lawgov.MustParseDate("2024-01-01"), lawgov.MustParseDate("2024-12-31")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkInt, sinkErr = cal.WorkdaysBetween(from, to)
	}
}

func BenchmarkPeriodEndCalendarDays(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	start := lawgov.MustParseDate("2024-12-01") // 60 days end in the Spring Festival break
	p := lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 60)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate, _, sinkErr = cal.PeriodEnd(start, p)
	}
}

func BenchmarkPeriodEndWorkingDays(b *testing.B) {
	cal := lawgov.OfficialCalendar()
	start := lawgov.MustParseDate("2024-09-27")
	p := lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate, _, sinkErr = cal.PeriodEnd(start, p)
	}
}

// BenchmarkPeriodEndProvisional counts 60 days into a provisional 2027 on
// an observed calendar: the flagged result costs no allocation either.
func BenchmarkPeriodEndProvisional(b *testing.B) {
	cal, err := lawgov.OfficialCalendar().WithProvisional(2027)
	if err != nil {
		b.Fatal(err)
	}
	cal, _ = cal.Observed()
	start := lawgov.MustParseDate("2026-12-01")
	p := lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 60)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate, _, sinkErr = cal.PeriodEnd(start, p)
	}
}

func BenchmarkParseNotice(b *testing.B) {
	text := noticeTexts(b)[len(noticeFiles)-1]
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, sinkErr = lawgov.ParseNotice(text)
	}
}

func BenchmarkPercent(b *testing.B) {
	r := lawgov.Rate{Num: 155, Den: 1015}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDec, sinkErr = r.Percent(2, lawgov.HalfUp)
	}
}

func BenchmarkPercentOverflow(b *testing.B) {
	r := lawgov.Rate{Num: 1<<62 - 1, Den: 1 << 62}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDec, sinkErr = r.Percent(2, lawgov.HalfUp)
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate, sinkErr = lawgov.ParseDate("2024-02-29")
	}
}

func BenchmarkDateString(b *testing.B) {
	d := lawgov.MustParseDate("2024-02-29")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = d.String()
	}
}

func BenchmarkAddMonths(b *testing.B) {
	d := lawgov.MustParseDate("2024-01-31")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDate = d.AddMonths(1)
	}
}

func BenchmarkPercentThreePlaces(b *testing.B) {
	r := lawgov.Rate{Num: 155, Den: 1015}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDec, sinkErr = r.Percent(3, lawgov.HalfUp)
	}
}

// TestHotPathAllocs guards the allocation targets of the calendar and of
// Percent: no allocation per call. It checks allocations, never
// timing.
func TestHotPathAllocs(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	d := lawgov.MustParseDate("2024-09-27")
	p60 := lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 60)
	p7 := lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7)
	r := lawgov.Rate{Num: 155, Den: 1015}
	prov, _ := provisional2027(t).Observed()
	for name, f := range map[string]func(){
		"IsWorkday":       func() { sinkBool, sinkErr = cal.IsWorkday(d) },
		"AddWorkdays":     func() { sinkDate, sinkErr = cal.AddWorkdays(d, 200) },
		"WorkdaysBetween": func() { sinkInt, sinkErr = cal.WorkdaysBetween(d, d.AddDays(300)) },
		"PeriodEnd days":  func() { sinkDate, _, sinkErr = cal.PeriodEnd(d, p60) },
		"PeriodEnd wd":    func() { sinkDate, _, sinkErr = cal.PeriodEnd(d, p7) },
		"Percent":         func() { sinkDec, sinkErr = r.Percent(2, lawgov.HalfUp) },
		"ParseDate":       func() { sinkDate, sinkErr = lawgov.ParseDate("2024-02-29") },
		"PeriodEnd provisional": func() {
			sinkDate, _, sinkErr = prov.PeriodEnd(lawgov.MustParseDate("2026-12-01"), p60)
		},
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, n)
		}
	}
}
