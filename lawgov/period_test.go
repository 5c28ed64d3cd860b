package lawgov_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cites renders citations for comparison: "《…》第二百零一条；…".
func cites(cs []lawgov.Citation) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, "；")
}

const (
	startExcluded = "《中华人民共和国民法典》第二百零一条；《中华人民共和国民事诉讼法》第八十五条第二款"
	rollForward   = "《中华人民共和国民法典》第二百零三条；《中华人民共和国民事诉讼法》第八十五条第三款"
	monthEnd      = "《中华人民共和国民法典》第二百零二条"
)

// TestPeriodEnd works through periods by hand from the calendar CSV.
func TestPeriodEnd(t *testing.T) {
	tests := []struct {
		name   string
		start  string
		period lawgov.Period
		want   string
		cites  string
		basis  string
	}{
		{
			name: "7 working days from Friday 2024-09-27 end on a make-up Saturday", start: "2024-09-27", period: lawgov.WorkingDays(7),
			// 09-29 (Sun, worked) 1, 09-30 2, 10-01…07 off, 10-08…11 3–6, 10-12 (Sat, worked) 7.
			want: "2024-10-12", cites: startExcluded,
			basis: "民法典 第二百零一条; 国办发明电〔2023〕7号 (2024-09-29 and 2024-10-12 worked)",
		},
		{
			name: "30 days from 2024-09-30", start: "2024-09-30", period: lawgov.CalendarDays(30),
			// 10-30 is a Wednesday, a working day: no roll.
			want: "2024-10-30", cites: startExcluded,
			basis: "民法典 第二百零一条; 民事诉讼法 第八十五条第二款",
		},
		{
			name: "60 days ending in the 2025 Spring Festival break", start: "2024-12-01", period: lawgov.CalendarDays(60),
			// 12-01 + 60 = 2025-01-30 (off, 01-28…02-04); next working day 02-05 (Wed).
			want: "2025-02-05", cites: startExcluded + "；" + rollForward,
			basis: "民法典 第二百零三条; 民事诉讼法 第八十五条第三款; 国办发明电〔2024〕12号",
		},
		{
			name: "a period ending on a Saturday rolls to Monday", start: "2024-03-01", period: lawgov.CalendarDays(15),
			// 03-16 is a Saturday, 03-17 a Sunday; Monday 03-18.
			want: "2024-03-18", cites: startExcluded + "；" + rollForward,
			basis: "民法典 第二百零三条; 国务院关于职工工作时间的规定 第七条",
		},
		{
			name: "a period ending on a make-up Saturday does not roll", start: "2024-10-02", period: lawgov.CalendarDays(10),
			want: "2024-10-12", cites: startExcluded,
			basis: "民法典 第二百零三条 applies to rest days only; 国办发明电〔2023〕7号",
		},
		{
			name: "7 working days spanning a make-up Sunday", start: "2025-01-23", period: lawgov.WorkingDays(7),
			// 01-24 1, 01-26 (Sun, worked) 2, 01-27 3, 01-28…02-04 off, 02-05…07 4–6, 02-08 (Sat, worked) 7.
			want: "2025-02-08", cites: startExcluded,
			basis: "国办发明电〔2024〕12号 (2025-01-26 and 2025-02-08 worked)",
		},
		{
			name: "one month from 2024-01-31", start: "2024-01-31", period: lawgov.Months(1),
			want: "2024-02-29", cites: startExcluded + "；" + monthEnd,
			basis: "民法典 第二百零二条: no 31 February, the month's last day",
		},
		{
			name: "one month ending on a Sunday", start: "2024-05-31", period: lawgov.Months(1),
			// 06-30 is a Sunday; Monday 07-01.
			want: "2024-07-01", cites: startExcluded + "；" + monthEnd + "；" + rollForward,
			basis: "民法典 第二百零二条, 第二百零三条",
		},
		{
			name: "one year from a leap day", start: "2024-02-29", period: lawgov.Years(1),
			want: "2025-02-28", cites: startExcluded + "；" + monthEnd,
			basis: "民法典 第二百零二条",
		},
		{
			name: "3 months ending in National Day 2025", start: "2025-07-03", period: lawgov.Months(3),
			// 10-03 is off (2025-10-01…08, 国庆节、中秋节); 10-09 is the first working day.
			want: "2025-10-09", cites: startExcluded + "；" + monthEnd + "；" + rollForward,
			basis: "民法典 第二百零三条; 国办发明电〔2024〕12号",
		},
		{
			name: "行政处罚法 7 days are working days", start: "2024-09-27", period: lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7),
			want: "2024-10-12", cites: "《中华人民共和国行政处罚法》第八十五条；" + startExcluded,
			basis: "行政处罚法 第八十五条",
		},
		{
			name: "行政复议法 60-day application window", start: "2024-12-01", period: lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 60),
			want: "2025-02-05", cites: "《中华人民共和国行政复议法》第八十八条；" + startExcluded + "；" + rollForward,
			basis: "行政复议法 第八十八条: other periods follow 民事诉讼法",
		},
		{
			name: "行政许可法 20 working days", start: "2024-09-20", period: lawgov.StatutoryDays(lawgov.AdministrativeLicensingLaw, 20),
			// 09-23…27 1–5, 09-29 (Sun, worked) 6, 09-30 7, 10-08…11 8–11, 10-12 (Sat) 12,
			// 10-14…18 13–17, 10-21…23 18–20.
			want: "2024-10-23", cites: "《中华人民共和国行政许可法》第八十二条；" + startExcluded,
			basis: "行政许可法 第八十二条",
		},
		{
			name: "行政强制法 30 days are calendar days", start: "2024-09-30", period: lawgov.StatutoryDays(lawgov.AdministrativeCoercionLaw, 30),
			want: "2024-10-30", cites: startExcluded,
			basis: "行政强制法 第六十九条 converts only ten days or less",
		},
	}
	cal := lawgov.OfficialCalendar()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, cs, err := cal.PeriodEnd(lawgov.MustParseDate(tt.start), tt.period)
			require.NoError(t, err)
			assert.Equal(t, tt.want, end.String(), tt.basis)
			assert.Equal(t, tt.cites, cites(cs), tt.basis)
			w, err := cal.IsWorkday(end)
			require.NoError(t, err)
			assert.True(t, w, "a period ends on a working day")
		})
	}
}

func TestStatutoryDays(t *testing.T) {
	tests := []struct {
		statute lawgov.Statute
		n       int
		unit    lawgov.PeriodUnit
		cite    string
		basis   string
	}{
		{lawgov.AdministrativePenaltyLaw, 2, lawgov.UnitWorkingDays, "《中华人民共和国行政处罚法》第八十五条", "行政处罚法 第八十五条"},
		{lawgov.AdministrativePenaltyLaw, 3, lawgov.UnitWorkingDays, "《中华人民共和国行政处罚法》第八十五条", "行政处罚法 第八十五条"},
		{lawgov.AdministrativePenaltyLaw, 5, lawgov.UnitWorkingDays, "《中华人民共和国行政处罚法》第八十五条", "行政处罚法 第八十五条"},
		{lawgov.AdministrativePenaltyLaw, 7, lawgov.UnitWorkingDays, "《中华人民共和国行政处罚法》第八十五条", "行政处罚法 第八十五条"},
		{lawgov.AdministrativePenaltyLaw, 10, lawgov.UnitCalendarDays, "", "行政处罚法 第八十五条 lists only 2/3/5/7"},
		{lawgov.AdministrativePenaltyLaw, 15, lawgov.UnitCalendarDays, "", "行政处罚法 第八十五条 lists only 2/3/5/7"},
		{lawgov.AdministrativePenaltyLaw, 60, lawgov.UnitCalendarDays, "", "行政处罚法 第八十五条 lists only 2/3/5/7"},
		{lawgov.AdministrativeReconsiderationLaw, 3, lawgov.UnitWorkingDays, "《中华人民共和国行政复议法》第八十八条", "行政复议法 第八十八条"},
		{lawgov.AdministrativeReconsiderationLaw, 10, lawgov.UnitWorkingDays, "《中华人民共和国行政复议法》第八十八条", "行政复议法 第八十八条"},
		{lawgov.AdministrativeReconsiderationLaw, 2, lawgov.UnitCalendarDays, "《中华人民共和国行政复议法》第八十八条", "行政复议法 第八十八条: 二日 is not listed"},
		{lawgov.AdministrativeReconsiderationLaw, 60, lawgov.UnitCalendarDays, "《中华人民共和国行政复议法》第八十八条", "行政复议法 第八十八条: other periods follow 民事诉讼法"},
		{lawgov.AdministrativeLicensingLaw, 20, lawgov.UnitWorkingDays, "《中华人民共和国行政许可法》第八十二条", "行政许可法 第八十二条"},
		{lawgov.AdministrativeLicensingLaw, 45, lawgov.UnitWorkingDays, "《中华人民共和国行政许可法》第八十二条", "行政许可法 第八十二条: all periods"},
		{lawgov.AdministrativeCoercionLaw, 10, lawgov.UnitWorkingDays, "《中华人民共和国行政强制法》第六十九条", "行政强制法 第六十九条"},
		{lawgov.AdministrativeCoercionLaw, 3, lawgov.UnitWorkingDays, "《中华人民共和国行政强制法》第六十九条", "行政强制法 第六十九条"},
		{lawgov.AdministrativeCoercionLaw, 30, lawgov.UnitCalendarDays, "", "行政强制法 第六十九条: ten days or less only"},
		{lawgov.MajorDecisionRegulation, 7, lawgov.UnitCalendarDays, "", "重大行政决策程序暂行条例 has no conversion clause (第十六条 7日)"},
		{lawgov.CivilProcedureLaw, 15, lawgov.UnitCalendarDays, "", "民事诉讼法 第八十五条"},
		{lawgov.StatuteUnspecified, 7, lawgov.UnitCalendarDays, "", "no statute, no conversion"},
	}
	for _, tt := range tests {
		t.Run(tt.statute.String()+"/"+tt.unit.String(), func(t *testing.T) {
			p := lawgov.StatutoryDays(tt.statute, tt.n)
			assert.Equal(t, tt.n, p.N, tt.basis)
			assert.Equal(t, tt.unit, p.Unit, tt.basis)
			assert.Equal(t, tt.cite, p.Basis.String(), tt.basis)
		})
	}
}

func TestPeriodString(t *testing.T) {
	assert.Equal(t, "30日", lawgov.CalendarDays(30).String())
	assert.Equal(t, "7个工作日", lawgov.WorkingDays(7).String())
	assert.Equal(t, "6个月", lawgov.Months(6).String())
	assert.Equal(t, "1年", lawgov.Years(1).String())
	assert.Equal(t, "0?", lawgov.Period{}.String())
	assert.False(t, lawgov.Period{}.IsValid())
	assert.False(t, lawgov.CalendarDays(0).IsValid())
	assert.False(t, lawgov.CalendarDays(-1).IsValid())
	assert.True(t, lawgov.Years(1).IsValid())
}

func TestPeriodJSON(t *testing.T) {
	p := lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"n":7,"unit":"working_days","basis":{"instrument":"中华人民共和国行政处罚法","version":"2021-01-22","article":85}}`, string(b))
	var got lawgov.Period
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, p, got)
}

func TestPeriodEndErrors(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	start := lawgov.MustParseDate("2024-03-01")
	for _, p := range []lawgov.Period{{}, lawgov.CalendarDays(0), lawgov.WorkingDays(-3), {N: 3, Unit: 9}} {
		_, _, err := cal.PeriodEnd(start, p)
		assert.ErrorContains(t, err, "want a positive count and a unit", p.String())
	}
	for _, p := range []lawgov.Period{lawgov.CalendarDays(1 << 40), lawgov.Months(1 << 40), lawgov.Years(1 << 40), lawgov.Years(8000), lawgov.WorkingDays(1 << 40)} {
		_, _, err := cal.PeriodEnd(start, p)
		assert.ErrorIs(t, err, lawgov.ErrNoCalendarData, p.String())
	}
	_, _, err := cal.PeriodEnd(lawgov.Date{}, lawgov.CalendarDays(1))
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)
}

func TestPeriodEndCustomBasis(t *testing.T) {
	// A period with a conversion clause the package does not know still
	// cites it first.
	p := lawgov.Period{N: 5, Unit: lawgov.UnitWorkingDays, Basis: lawgov.MajorDecisionRegulation.Art(26)}
	end, cs, err := lawgov.OfficialCalendar().PeriodEnd(lawgov.MustParseDate("2024-03-01"), p)
	require.NoError(t, err)
	assert.Equal(t, "2024-03-08", end.String())
	assert.Equal(t, "《重大行政决策程序暂行条例》（国务院令第713号）第二十六条；"+startExcluded, cites(cs))
}

func TestPeriodEndLookalikeBasis(t *testing.T) {
	// Article 85 of another instrument is not 行政处罚法 第八十五条.
	p := lawgov.Period{N: 7, Unit: lawgov.UnitWorkingDays, Basis: lawgov.CivilCode.Art(85)}
	_, cs, err := lawgov.OfficialCalendar().PeriodEnd(lawgov.MustParseDate("2024-09-27"), p)
	require.NoError(t, err)
	assert.Equal(t, "《中华人民共和国民法典》第八十五条；"+startExcluded, cites(cs))
	// An equal citation built from other strings is the same clause.
	p.Basis = lawgov.Citation{Instrument: strings.Clone("中华人民共和国行政处罚法"), Version: lawgov.MustParseDate("2021-01-22"), Article: 85}
	end, cs, err := lawgov.OfficialCalendar().PeriodEnd(lawgov.MustParseDate("2024-09-27"), p)
	require.NoError(t, err)
	assert.Equal(t, "2024-10-12", end.String())
	assert.Equal(t, "《中华人民共和国行政处罚法》第八十五条；"+startExcluded, cites(cs))
	p.Basis = lawgov.AdministrativePenaltyLaw.Cite(85, 1, 0)
	_, cs, err = lawgov.OfficialCalendar().PeriodEnd(lawgov.MustParseDate("2024-09-27"), p)
	require.NoError(t, err)
	assert.Equal(t, "《中华人民共和国行政处罚法》第八十五条第一款；"+startExcluded, cites(cs))
}
