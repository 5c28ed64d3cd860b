package decision_test

import (
	"os"
	"testing"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func resolve(t *testing.T, j string, on lawgov.Date, extra ...string) *rulepack.Resolved {
	t.Helper()
	packs, err := rulepack.Shipped()
	require.NoError(t, err)
	for i, s := range extra {
		p, err := rulepack.Parse("extra.json", []byte(s))
		require.NoError(t, err, i)
		packs = append(packs, p)
	}
	reg, err := rulepack.NewRegistry(rulepack.Catalogue{}, packs...)
	require.NoError(t, err)
	r, err := reg.Resolve(j, on)
	require.NoError(t, err)
	return r
}

// TestNationalPackIsNational: the cn pack gives exactly the national
// procedure and the default document rules of today's code.
func TestNationalPackIsNational(t *testing.T) {
	for _, j := range []string{"cn", "hb", "hb-chibi", "zj", "ha"} {
		p, err := decision.ProcedureFrom(resolve(t, j, lawgov.MustDate(2024, 6, 1)))
		require.NoError(t, err)
		nat := decision.National()
		assert.Equal(t, nat.Name(), p.Name(), j)
		assert.Equal(t, nat.Basis(), p.Basis())
		assert.Equal(t, nat.Effective(), p.Effective())
		assert.Equal(t, nat.Rules(), p.Rules())
		assert.Equal(t, 30, p.CommentDays(), "第十五条")
		assert.Equal(t, 7, p.ReviewDays(), "第二十六条第二款")
		assert.Equal(t, 7, p.HearingNoticeDays(), "第十六条")
		assert.Equal(t, decision.VotesCast, p.Majority())
		assert.Equal(t, decision.DocumentRules{}, decision.DocumentRulesFrom(resolve(t, j, lawgov.MustDate(2024, 6, 1))), j)
	}
}

const countyReview = `{"id": "xc", "parent": "cn", "name": "某县", "version": "1",
 "instruments": [{"instrument": "某县重大行政决策程序实施办法", "version": "2024-12-01"}],
 "values": {
  "decision.review-days": [{"from": "2025-01-01", "value": 10, "basis": {"instrument": "某县重大行政决策程序实施办法", "version": "2024-12-01", "article": 9}}],
  "decision.majority": [{"from": "2025-01-01", "value": "members_speaking", "basis": {"instrument": "某县重大行政决策程序实施办法", "version": "2024-12-01", "article": 12}}],
  "decision.document.filing-deadline": [{"from": "2025-01-01", "value": {"n": 3, "unit": "working_days"}, "basis": {"instrument": "某县行政规范性文件管理规定", "version": "2024-12-01", "article": 20}}]}}`

func TestCountyProcedure(t *testing.T) {
	before, err := decision.ProcedureFrom(resolve(t, "xc", lawgov.MustDate(2024, 12, 31), countyReview))
	require.NoError(t, err)
	assert.Equal(t, 7, before.ReviewDays(), "the county's 10 days apply from 2025-01-01")

	p, err := decision.ProcedureFrom(resolve(t, "xc", lawgov.MustDate(2025, 1, 1), countyReview))
	require.NoError(t, err)
	assert.Equal(t, "某县重大行政决策程序", p.Name())
	assert.Equal(t, "某县重大行政决策程序实施办法", p.Basis().Instrument)
	assert.Equal(t, lawgov.MustDate(2025, 1, 1), p.Effective())
	assert.Equal(t, 10, p.ReviewDays())
	assert.Equal(t, 30, p.CommentDays())
	assert.Equal(t, decision.MembersSpeaking, p.Majority())
	for _, r := range p.Rules() {
		if r.ID == decision.RuleReviewTime {
			require.Len(t, r.Basis, 2)
			assert.Equal(t, "《某县重大行政决策程序实施办法》第九条", r.Basis[1].String())
		}
	}
	dr := decision.DocumentRulesFrom(resolve(t, "xc", lawgov.MustDate(2025, 1, 1), countyReview))
	assert.Equal(t, lawgov.WorkingDays(3), dr.FilingDeadline)
	assert.Equal(t, 20, dr.FilingBasis.Article)
}

// TestShandongThirdElement: 山东 writes 「统一登记、统一编号、统一公布」 (RULES N6).
func TestShandongThirdElement(t *testing.T) {
	dr := decision.DocumentRulesFrom(resolve(t, "sd", lawgov.MustDate(2024, 6, 1)))
	assert.Equal(t, "公布", dr.ThirdElement)
	for _, r := range dr.Rules() {
		if r.ID == decision.RuleDocThreeUnified {
			assert.Equal(t, "统一登记、统一编号、统一公布", r.Title)
			assert.Equal(t, "威海市人民政府法制办公室通知", r.Basis[0].Instrument)
		}
	}
}

// TestProcedureForEventDates: the review time is judged by the value in
// force on the day the draft was sent for review, not on the as-of day.
// 第二十六条第二款 is a duty of the sender: the time counted is what it left
// the reviewer before the meeting. Sent Monday 2024-10-14 and discussed
// Friday 2024-10-25: 10-15 to 10-18 and 10-21 to 10-25, 9 working days on
// the official calendar — enough for 7, not for 10.
func TestProcedureForEventDates(t *testing.T) {
	b, err := os.ReadFile("testdata/parking-complete.json")
	require.NoError(t, err)
	d, err := decision.ParseDecision(b)
	require.NoError(t, err)
	d.Discussion.Held = lawgov.MustDate(2024, 10, 25)
	asOf := lawgov.MustDate(2024, 12, 31)
	county := func(from string) *rulepack.Registry {
		packs, err := rulepack.Shipped()
		require.NoError(t, err)
		p, err := rulepack.Parse("county.json", []byte(`{"id": "xc", "parent": "cn", "name": "某县", "version": "1", "values": {
  "decision.review-days": [{"from": "`+from+`", "value": 10, "basis": {"instrument": "某县重大行政决策程序实施办法", "version": "2024-09-01", "article": 9}}]}}`))
		require.NoError(t, err)
		reg, err := rulepack.NewRegistry(rulepack.Catalogue{}, append(packs, p)...)
		require.NoError(t, err)
		return reg
	}
	tests := []struct {
		name, from string
		days       int
		outcome    lawgov.Outcome
		reason     string
	}{
		{"changed after the submission", "2024-10-15", 7, lawgov.Pass, "第二十六条第二款: 7 working days in force on 2024-10-14"},
		{"changed before the submission", "2024-10-01", 10, lawgov.Fail, "the county's 10 working days were in force on 2024-10-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, err := decision.ProcedureFor(county(tt.from), "xc", d, asOf)
			require.NoError(t, err)
			assert.Equal(t, tt.days, p.ReviewDays(), tt.reason)
			assert.Equal(t, asOf, r.On())
			rep, err := p.Check(d, asOf, lawgov.OfficialCalendar())
			require.NoError(t, err)
			f := rep.Find(decision.RuleReviewTime)
			require.Len(t, f, 1)
			assert.Equal(t, tt.outcome, f[0].Outcome, f[0].Message)
		})
	}
}
