package rulepack_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	provinceCite = `{"instrument": "某省重大行政决策程序规定", "version": "2021-06-01", "article": 20}`
	countyCite   = `{"instrument": "某县重大行政决策程序实施办法", "version": "2024-12-01", "article": 9}`
)

// testRegistry: cn (shipped), a province raising the review time to 10
// working days from 2022-01-01, and a county raising it to 15 from
// 2025-01-01 and setting nothing else.
func testRegistry(t *testing.T) *rulepack.Registry {
	t.Helper()
	packs, err := rulepack.Shipped()
	require.NoError(t, err)
	province := parse(t, `{"id": "xp", "parent": "cn", "name": "某省", "version": "2022.1", "values": {
  "decision.review-days": [{"from": "2022-01-01", "value": 10, "basis": `+provinceCite+`}],
  "decision.document.third-element": [{"from": "2022-01-01", "value": "公布", "basis": `+provinceCite+`}]}}`)
	county := parse(t, `{"id": "xp-county", "parent": "xp", "name": "某县", "version": "2025.1", "values": {
  "decision.review-days": [{"from": "2025-01-01", "value": 15, "basis": `+countyCite+`}]}}`)
	reg, err := rulepack.NewRegistry(testCatalogue, append(packs, province, county)...)
	require.NoError(t, err)
	return reg
}

func TestResolveByDate(t *testing.T) {
	reg := testRegistry(t)
	tests := []struct {
		name, on string
		days     int
		pack     string
		reason   string
	}{
		{"before the province's change", "2021-12-31", 7, "cn", "重大行政决策程序暂行条例 第二十六条第二款: 7 working days"},
		{"the day the province's value applies", "2022-01-01", 10, "xp", "provincial value from its from date, inclusive"},
		{"the day before the county's value", "2024-12-31", 10, "xp", "the county inherits the province's value"},
		{"the county's own value", "2025-01-01", 15, "xp-county", "the county overrides one value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := reg.Resolve("xp-county", lawgov.MustParseDate(tt.on))
			require.NoError(t, err)
			n, a, ok := r.Int(rulepack.DecisionReviewDays)
			require.True(t, ok)
			assert.Equal(t, tt.days, n, tt.reason)
			assert.Equal(t, tt.pack, a.Pack.ID)
		})
	}
	// Values the county does not set come from the province or cn.
	r, err := reg.Resolve("xp-county", lawgov.MustDate(2025, 3, 1))
	require.NoError(t, err)
	third, a, ok := r.Text(rulepack.DocumentThirdElement)
	require.True(t, ok)
	assert.Equal(t, "公布", third)
	assert.Equal(t, "某省重大行政决策程序规定", a.Value.Basis.Instrument)
	days, a, ok := r.Int(rulepack.DecisionCommentDays)
	require.True(t, ok)
	assert.Equal(t, 30, days)
	assert.Equal(t, lawgov.MajorDecisionRegulation.Art(15), a.Value.Basis)
	assert.Equal(t, []lawgov.PackRef{{ID: "xp-county", Version: "2025.1"}, {ID: "xp", Version: "2022.1"}, {ID: "cn", Version: "2026.1"}}, r.Packs())
	assert.Equal(t, "某县", r.Name())

	// Before the regulation took effect, cn sets no decision value at all.
	r, err = reg.Resolve("cn", lawgov.MustDate(2019, 8, 31))
	require.NoError(t, err)
	_, _, ok = r.Int(rulepack.DecisionReviewDays)
	assert.False(t, ok, "国务院令第713号 is in force from 2019-09-01")
}

func TestValueEndsOnTo(t *testing.T) {
	p := parse(t, `{"id": "x", "parent": "cn", "name": "某县", "version": "1", "values": {
  "decision.comment-days": [
    {"from": "2020-01-01", "to": "2022-06-30", "value": 45, "basis": `+countyCite+`},
    {"from": "2022-07-01", "value": 40, "basis": `+countyCite+`}]}}`)
	packs, err := rulepack.Shipped()
	require.NoError(t, err)
	reg, err := rulepack.NewRegistry(testCatalogue, append(packs, p)...)
	require.NoError(t, err)
	for on, want := range map[string]int{"2019-12-31": 30, "2020-01-01": 45, "2022-06-30": 45, "2022-07-01": 40, "2030-01-01": 40} {
		r, err := reg.Resolve("x", lawgov.MustParseDate(on))
		require.NoError(t, err)
		got, _, _ := r.Int(rulepack.DecisionCommentDays)
		assert.Equal(t, want, got, on)
	}
}

func TestTimelineAndCompare(t *testing.T) {
	reg := testRegistry(t)
	tl, err := reg.Timeline("xp-county", rulepack.DecisionReviewDays)
	require.NoError(t, err)
	require.Len(t, tl, 4)
	assert.False(t, tl[0].Set, "nothing before 2019-09-01")
	assert.Equal(t, "2019-08-31", tl[0].To.String())
	assert.Equal(t, "cn", tl[1].Applied.Pack.ID)
	assert.Equal(t, "2019-09-01", tl[1].From.String())
	assert.Equal(t, "2021-12-31", tl[1].To.String())
	assert.Equal(t, "xp", tl[2].Applied.Pack.ID)
	assert.Equal(t, "2024-12-31", tl[2].To.String())
	assert.Equal(t, "xp-county", tl[3].Applied.Pack.ID)
	assert.True(t, tl[3].To.IsZero())

	diffs, err := reg.Compare("xp-county", "cn")
	require.NoError(t, err)
	require.Len(t, diffs, 3)
	assert.Equal(t, rulepack.DecisionReviewDays, diffs[0].Key)
	assert.Equal(t, "2022-01-01", diffs[0].From.String())
	assert.Equal(t, "2024-12-31", diffs[0].To.String())
	assert.Equal(t, "15", string(diffs[1].Value.Value.JSON()))
	assert.Equal(t, "7", string(diffs[1].Base.Applied.Value.JSON()))
	assert.Equal(t, rulepack.DocumentThirdElement, diffs[2].Key)

	same, err := reg.Compare("cn", "cn")
	require.NoError(t, err)
	assert.Empty(t, same)
}

func TestSwitchOff(t *testing.T) {
	packs, err := rulepack.Shipped()
	require.NoError(t, err)
	p := parse(t, `{"id": "x", "parent": "cn", "name": "某县", "version": "1", "values": {
  "rules.off": [{"from": "2024-01-01", "value": ["decision.post-evaluation"], "basis": `+countyCite+`}]}}`)
	reg, err := rulepack.NewRegistry(testCatalogue, append(packs, p)...)
	require.NoError(t, err)
	rule := lawgov.Rule{ID: "decision.post-evaluation", Title: "决策后评估", Severity: lawgov.Warning, Basis: []lawgov.Citation{lawgov.MajorDecisionRegulation.Art(36)}}
	rep := lawgov.Report{Subject: "d1", AsOf: lawgov.MustDate(2024, 5, 1), Findings: []lawgov.Finding{rule.Fail("d1", "未组织决策后评估")}}

	r, err := reg.Resolve("x", lawgov.MustDate(2024, 5, 1))
	require.NoError(t, err)
	got := r.SwitchOff(rep, lawgov.OfficialCalendar())
	assert.Equal(t, lawgov.NotApplicable, got.Findings[0].Outcome)
	assert.Equal(t, "依《某县重大行政决策程序实施办法》第九条，某县不适用本规则（原检查结果：未组织决策后评估）", got.Findings[0].Message)
	assert.Len(t, got.Findings[0].Basis, 2)
	assert.Equal(t, lawgov.Fail, rep.Findings[0].Outcome, "the report passed in is not changed")
	require.NotNil(t, got.Provenance)
	assert.Equal(t, "x", got.Provenance.Packs[0].ID)
	assert.Equal(t, lawgov.CalendarDataVersion, got.Provenance.Calendar)

	r, err = reg.Resolve("x", lawgov.MustDate(2023, 12, 31))
	require.NoError(t, err)
	assert.Equal(t, lawgov.Fail, r.SwitchOff(rep, nil).Findings[0].Outcome, "before the county's rule")
}

func TestSchemeAndAnnualReport(t *testing.T) {
	packs, err := rulepack.Shipped()
	require.NoError(t, err)
	p := parse(t, `{"id": "x", "parent": "cn", "name": "某县", "version": "1", "values": {
  "lawgov.assessment": [{"from": "2024-01-01", "basis": `+countyCite+`, "value": {
    "name": "某县法治政府建设考评方案", "places": 1,
    "indicators": [{"id": "decision", "name": "行政决策", "children": [
      {"id": "review", "name": "合法性审查", "max": "10", "method": "deduction", "deduct": "2"},
      {"id": "quality", "name": "决策质量", "max": "5", "method": "graded", "grade_points": ["5", "3", "0"]},
      {"id": "veto", "name": "重大违法决策", "method": "veto"}]}],
    "bands": [{"label": "优秀", "min": "13"}, {"label": "合格", "min": "9"}, {"label": "不合格", "min": "0"}]}}],
  "lawgov.annual-report.publish-inclusive": [{"from": "2024-01-01", "value": true, "basis": `+countyCite+`}]}}`)
	reg, err := rulepack.NewRegistry(testCatalogue, append(packs, p)...)
	require.NoError(t, err)
	r, err := reg.Resolve("x", lawgov.MustDate(2024, 5, 1))
	require.NoError(t, err)
	s, _, ok := r.Scheme()
	require.True(t, ok)
	assert.Equal(t, "15", s.Max().String())
	assert.Equal(t, []string{"review", "quality", "veto"}, s.Leaves())
	cfg := r.AnnualReportConfig()
	assert.True(t, cfg.PublishInclusive)
	assert.Equal(t, lawgov.MonthDay{Month: 4, Day: 1}, cfg.PublishBy)
	assert.Equal(t, lawgov.MonthDay{Month: 3, Day: 1}, cfg.DepartmentBy)
}

func TestSummaries(t *testing.T) {
	reg := testRegistry(t)
	ss := reg.Summaries()
	require.Len(t, ss, 8)
	assert.Equal(t, "cn", ss[0].ID)
	assert.Equal(t, "全国", ss[0].Name)
	assert.Equal(t, "cn.json", ss[0].File)
	assert.Contains(t, ss[0].Keys, rulepack.DecisionReviewDays)
	assert.Equal(t, []string{"cn", "ha", "hb", "hb-chibi"}, []string{ss[0].ID, ss[1].ID, ss[2].ID, ss[3].ID})
	assert.Equal(t, "hb", ss[3].Parent)
	assert.Empty(t, ss[2].Keys, "hb sets no value")
	assert.NotNil(t, ss[2].Keys, "an empty list in JSON, not null")
}

func TestResolveAt(t *testing.T) {
	reg := testRegistry(t)
	r, err := reg.ResolveAt("xp-county", lawgov.MustDate(2025, 6, 1), map[rulepack.Key]lawgov.Date{
		rulepack.DecisionReviewDays:   lawgov.MustDate(2021, 6, 1), // before the province's change
		rulepack.DecisionCommentDays:  lawgov.MustDate(2019, 1, 1), // before 国务院令第713号 took effect
		rulepack.Key("no.such-key"):   lawgov.MustDate(2019, 1, 1),
		rulepack.DocumentThirdElement: {}, // no day: the default day
	})
	require.NoError(t, err)
	n, a, ok := r.Int(rulepack.DecisionReviewDays)
	require.True(t, ok)
	assert.Equal(t, 7, n)
	assert.Equal(t, "cn", a.Pack.ID)
	_, _, ok = r.Int(rulepack.DecisionCommentDays)
	assert.False(t, ok, "no value in force on 2019-01-01")
	third, _, _ := r.Text(rulepack.DocumentThirdElement)
	assert.Equal(t, "公布", third)
	hearing, _, _ := r.Int(rulepack.DecisionHearingNoticeDays)
	assert.Equal(t, 7, hearing)
	assert.Equal(t, lawgov.MustDate(2025, 6, 1), r.On())
}
