package lawgov_test

import (
	"fmt"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDirectory(t *testing.T) {
	dir := chibiDirectory(t)
	assert.Equal(t, 16, dir.Len())
	u, ok := dir.Lookup("市政府服务和大数据管理局") // the spelling of item (六)
	require.True(t, ok)
	assert.Equal(t, lawgov.UnitID("chibi.data"), u.ID)
	assert.True(t, dir.IsUnder("chibi.justice", "chibi.gov"))
	assert.False(t, dir.IsUnder("chibi.gov", "chibi.justice"))
	assert.False(t, dir.IsUnder("chibi.org", "chibi.gov"))
	assert.Equal(t, []lawgov.Unit{{ID: "chibi.gov", Name: "赤壁市人民政府", Kind: lawgov.UnitGovernment, Level: lawgov.LevelCounty, Aliases: []string{"市人民政府", "市政府"}}}, dir.Ancestors("chibi.towns"))
	assert.Len(t, dir.Children("chibi.gov"), 14)

	tests := []struct {
		name  string
		units []lawgov.Unit
		want  string
	}{
		{"duplicate ID", []lawgov.Unit{unit("a", "甲", ""), unit("a", "乙", "")}, `duplicate unit ID "a"`},
		{"unknown parent", []lawgov.Unit{unit("a", "甲", "x")}, `unit "a": unknown parent "x"`},
		{"cycle", []lawgov.Unit{unit("a", "甲", "b"), unit("b", "乙", "a")}, `unit "a" is its own ancestor`},
		{"self parent", []lawgov.Unit{unit("a", "甲", "a")}, `unit "a" is its own ancestor`},
		{"duplicate name", []lawgov.Unit{unit("a", "甲", ""), unit("b", "甲", "")}, `name "甲" already used by "a"`},
		{"invalid kind", []lawgov.Unit{{ID: "a", Name: "甲", Level: lawgov.LevelCounty}}, "units[0].kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lawgov.NewDirectory(tt.units)
			var ie *lawgov.InvalidInputError
			require.ErrorAs(t, err, &ie)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func unit(id, name, parent string) lawgov.Unit {
	return lawgov.Unit{ID: lawgov.UnitID(id), Name: name, Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty, Parent: lawgov.UnitID(parent)}
}

func TestPlanValidate(t *testing.T) {
	dir := chibiDirectory(t)
	base := lawgov.Task{ID: "(一)", Title: "学法", Lead: "chibi.office", Deadline: lawgov.DeadlineOn(d(2019, 12, 31))}
	tests := []struct {
		name, basis string
		edit        func(*lawgov.Task)
		want        string
	}{
		{"unknown lead", "RULES G6: exactly one known lead", func(t *lawgov.Task) { t.Lead = "chibi.edu" }, `unknown lead unit "chibi.edu"`},
		{"lead cooperating", "RULES G6", func(t *lawgov.Task) { t.Cooperating = []lawgov.UnitID{"chibi.office"} }, "both lead and cooperating"},
		{"zero quota", "「不少于N次」 with N > 0", func(t *lawgov.Task) { t.Quota = lawgov.Quota{Measure: "次", Scope: lawgov.QuotaOverall} }, "quota must be positive"},
		{"negative quota", "「不少于N次」 with N > 0", func(t *lawgov.Task) { t.Quota = lawgov.Quota{Min: -1, Scope: lawgov.QuotaOverall} }, "quota must be positive"},
		{"no deadline", "完成时限 required", func(t *lawgov.Task) { t.Deadline = lawgov.Deadline{} }, "tasks[0].deadline: isvalid"},
		{"unknown responsible", "RULES G6", func(t *lawgov.Task) { t.Responsible = []lawgov.UnitID{"x"} }, `unknown unit "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			task := base
			tt.edit(&task)
			p := chibiMeta
			p.Tasks = []lawgov.Task{task}
			err := p.Validate(dir)
			require.Error(t, err, tt.basis)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	p := chibiMeta
	p.Tasks = []lawgov.Task{base, base}
	assert.ErrorContains(t, p.Validate(dir), `task "(一)" repeats tasks[0]`)
	p.Tasks = []lawgov.Task{base}
	assert.NoError(t, p.Validate(dir))
	c := p.TaskCitation(base)
	assert.Equal(t, "《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号）第(一)项", c.String())
}

func TestParseDeadlinePhrase(t *testing.T) {
	tests := []struct {
		in   string
		want lawgov.Deadline
	}{
		{"2019年12月31日前", lawgov.DeadlineOn(d(2019, 12, 31))},
		{"2019年12月底前", lawgov.DeadlineOn(d(2019, 12, 31))},
		{"12月底前", lawgov.DeadlineOn(d(2019, 12, 31))},
		{"十二月底前完成", lawgov.DeadlineOn(d(2019, 12, 31))},
		{"6月30日前", lawgov.DeadlineOn(d(2019, 6, 30))},
		{"２月底前", lawgov.DeadlineOn(d(2019, 2, 28))},
		{"年底前", lawgov.DeadlineOn(d(2019, 12, 31))},
		{"2020年底前", lawgov.DeadlineOn(d(2020, 12, 31))},
		{"上半年", lawgov.DeadlineOn(d(2019, 6, 30))},
		{"下半年", lawgov.DeadlineOn(d(2019, 12, 31))},
		{"第三季度", lawgov.DeadlineOn(d(2019, 9, 30))},
		{"一季度", lawgov.DeadlineOn(d(2019, 3, 31))},
		{"每季度", lawgov.DeadlineEvery(lawgov.Quarterly)},
		{"每月", lawgov.DeadlineEvery(lawgov.Monthly)},
		{"每年", lawgov.DeadlineEvery(lawgov.Yearly)},
		{"长期坚持", lawgov.Ongoing()},
		{"持续推进", lawgov.Ongoing()},
		{"印发之日起30日内", lawgov.DeadlineAfter(lawgov.CalendarDays(30))},
		{"自印发之日起3个月内", lawgov.DeadlineAfter(lawgov.Months(3))},
		{"10个工作日内", lawgov.DeadlineAfter(lawgov.WorkingDays(10))},
		{"2019-11-15", lawgov.DeadlineOn(d(2019, 11, 15))},
		// Excel's date text, dated cycles and the sources' wordings.
		{"2019/12/31", lawgov.DeadlineOn(d(2019, 12, 31))},
		{"2019/9/30", lawgov.DeadlineOn(d(2019, 9, 30))},
		{"2019.9.30", lawgov.DeadlineOn(d(2019, 9, 30))},
		{"2019-9-30", lawgov.DeadlineOn(d(2019, 9, 30))},
		{"2019年9月30日", lawgov.DeadlineOn(d(2019, 9, 30))},
		{"到2019年底", lawgov.DeadlineOn(d(2019, 12, 31))}, // 内蒙古 2018: 「到2019年底，完成…」
		{"年内", lawgov.DeadlineOn(d(2019, 12, 31))},      // 「市政府年内至少组织一次」
		{"每月10日前", lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Monthly, Day: 10}},
		{"每月底前", lawgov.DeadlineEvery(lawgov.Monthly)},
		{"每季度末", lawgov.DeadlineEvery(lawgov.Quarterly)},
		{"每半年", lawgov.DeadlineEvery(lawgov.HalfYearly)},
		{"每年11月底前", lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Yearly, Month: 11}},
		{"每年3月1日前", lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Yearly, Month: 3, Day: 1}},
	}
	for _, tt := range tests {
		got, err := lawgov.ParseDeadlinePhrase(tt.in, 2019)
		require.NoError(t, err, tt.in)
		tt.want.Phrase = tt.in
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, tt.in, got.String())
	}
	bad := []struct{ in, reason string }{
		{"", "empty phrase"},
		{"尽快", "unknown phrase"},
		{"2月30日前", "no such day 2月30日"}, // 2019 is not a leap year either
		{"13月底前", "no month 13"},
		{"第五季度", "no quarter 5"},
		{"每周", "unknown phrase"},
		{"印发之日起0日内", "period of 0"},
		{"0000年底前", "year 0 out of range"},
		{"2019/9-30", "unknown phrase"},
		{"2019/2/29", "no such day 2019-2-29"},
		{"每月13月底前", "no month 13 in a cycle of 每月"},
		{"每月32日前", "no day 32"},
	}
	for _, tt := range bad {
		_, err := lawgov.ParseDeadlinePhrase(tt.in, 2019)
		assert.EqualError(t, err, fmt.Sprintf("lawgov: parse deadline %q: %s", tt.in, tt.reason))
	}
}

func TestDeadlineCycle(t *testing.T) {
	tests := []struct {
		dl         lawgov.Deadline
		day        lawgov.Date
		start, due lawgov.Date
		label      string
	}{
		{lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Monthly, Day: 10}, d(2019, 7, 20), d(2019, 7, 1), d(2019, 7, 10), "2019年7月"},
		{lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Monthly, Day: 31}, d(2019, 2, 3), d(2019, 2, 1), d(2019, 2, 28), "2019年2月"},
		{lawgov.DeadlineEvery(lawgov.Quarterly), d(2019, 8, 15), d(2019, 7, 1), d(2019, 9, 30), "2019年第三季度"},
		{lawgov.DeadlineEvery(lawgov.HalfYearly), d(2019, 8, 15), d(2019, 7, 1), d(2019, 12, 31), "2019年下半年"},
		{lawgov.DeadlineEvery(lawgov.HalfYearly), d(2019, 6, 30), d(2019, 1, 1), d(2019, 6, 30), "2019年上半年"},
		{lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Yearly, Month: 11}, d(2019, 3, 1), d(2019, 1, 1), d(2019, 11, 30), "2019年"},
	}
	for _, tt := range tests {
		start, due := tt.dl.Cycle(tt.day)
		assert.Equal(t, tt.start, start, tt.dl.String())
		assert.Equal(t, tt.due, due, tt.dl.String())
		assert.Equal(t, tt.label, tt.dl.Every.CycleLabel(tt.day))
	}
	s, e := lawgov.DeadlineOn(d(2019, 1, 1)).Cycle(d(2019, 1, 1))
	assert.True(t, s.IsZero() && e.IsZero(), "not recurring")
	assert.False(t, lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Monthly, Month: 3}.IsValid(), "a month only for yearly duties")
	assert.Equal(t, "每年11月底前", lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Yearly, Month: 11}.String())
	assert.Equal(t, "每月10日前", lawgov.Deadline{Kind: lawgov.DeadlineRecurring, Every: lawgov.Monthly, Day: 10}.String())
}

func TestRecurrencePeriodOf(t *testing.T) {
	s, e := lawgov.Quarterly.PeriodOf(d(2019, 8, 15))
	assert.Equal(t, d(2019, 7, 1), s)
	assert.Equal(t, d(2019, 9, 30), e)
	s, e = lawgov.Monthly.PeriodOf(d(2020, 2, 10))
	assert.Equal(t, d(2020, 2, 1), s)
	assert.Equal(t, d(2020, 2, 29), e)
	s, e = lawgov.Yearly.PeriodOf(d(2019, 8, 15))
	assert.Equal(t, d(2019, 1, 1), s)
	assert.Equal(t, d(2019, 12, 31), e)
	// The last cycle of the last supported year still ends inside it.
	s, e = lawgov.Quarterly.PeriodOf(d(9999, 11, 2))
	assert.Equal(t, d(9999, 10, 1), s)
	assert.Equal(t, d(9999, 12, 31), e)
	got, err := lawgov.ParseDeadlinePhrase("9999年第四季度", 2019)
	require.NoError(t, err)
	assert.Equal(t, d(9999, 12, 31), got.On)
	s, e = lawgov.RecurrenceUnspecified.PeriodOf(d(2019, 8, 15))
	assert.True(t, s.IsZero() && e.IsZero(), "no cycle for an unspecified recurrence")
}

// TestRulesCatalogue checks the rule catalogue: unique IDs, valid rules with
// a basis, and findings that carry their rule's basis.
func TestRulesCatalogue(t *testing.T) {
	rules := lawgov.Rules()
	ids := map[lawgov.RuleID]lawgov.Rule{}
	for _, r := range rules {
		require.NoError(t, r.Validate())
		assert.NotContains(t, ids, r.ID)
		ids[r.ID] = r
	}
	for _, r := range rules {
		for _, c := range r.Basis {
			if c.Instrument == "法治政府建设与责任落实督察工作规定" {
				// Only 第二十四条 is verified (RULES G1); no other article may be cited.
				assert.Contains(t, []int{0, 24}, c.Article, "%s cites %s", r.ID, c)
			}
		}
	}
	rules[0].ID = "changed"
	assert.NotEqual(t, lawgov.RuleID("changed"), lawgov.Rules()[0].ID, "Rules returns a copy")

	l := chibiLedger(t)
	rep, err := l.Check(d(2019, 10, 15))
	require.NoError(t, err)
	ar, err := lawgov.CheckAnnualReport(lawgov.AnnualReport{Body: "赤壁市人民政府", Kind: lawgov.BodyLocalGovernment, Year: 2019, Published: d(2020, 3, 20)}, d(2020, 4, 10), lawgov.AnnualReportConfig{})
	require.NoError(t, err)
	for _, f := range append(rep.Findings, ar.Findings...) {
		r, ok := ids[f.Rule]
		require.True(t, ok, f.Rule)
		for _, c := range r.Basis {
			assert.Contains(t, f.Basis, c, "finding %s carries its rule's basis", f.Rule)
		}
	}
}
