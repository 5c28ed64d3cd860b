package decision_test

import (
	"os"
	"testing"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProvisionalNotice: the filing period of a 规章 published on
// 2026-12-20 ends in 2027 (规章制定程序条例 第三十四条, 30 days): an error
// on the official data, a result with the calendar notice on a calendar that
// opts in to 2027.
func TestProvisionalNotice(t *testing.T) {
	doc := decision.Document{
		ID: "rule-9", Title: "某市城市停车管理办法", Kind: decision.GovernmentRule, Issuer: decision.Agency, Number: "某市人民政府令第9号",
		Published: lawgov.MustDate(2026, 12, 20), Effective: lawgov.MustDate(2027, 1, 20),
	}
	asOf := lawgov.MustDate(2026, 12, 31)
	_, err := decision.DocumentRules{}.Check(doc, asOf, lawgov.OfficialCalendar())
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData, "fail closed without the opt-in")

	cal, err := lawgov.OfficialCalendar().WithProvisional(2027)
	require.NoError(t, err)
	rep, err := decision.DocumentRules{}.Check(doc, asOf, cal)
	require.NoError(t, err)
	// 2026-12-20 + 30 days = Tuesday 2027-01-19, a working day by the weekday rule.
	due, basis, ok, err := decision.DocumentRules{}.FilingDue(doc, cal)
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, lawgov.MustDate(2027, 1, 19), due)
	assert.Equal(t, lawgov.ProvisionalBasis(), basis[len(basis)-1])
	last := rep.Findings[len(rep.Findings)-1]
	assert.Equal(t, lawgov.RuleProvisionalCalendar().ID, last.Rule)
	assert.Equal(t, "2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化", last.Message)
	assert.Equal(t, "rule-9", last.Subject)
	assert.Len(t, rep.Find(lawgov.RuleProvisionalCalendar().ID), 1)
}

// TestProcedureProvisionalNotice: a legality review submitted on
// 2026-12-28 with its opinion on 2027-01-08 (重大行政决策程序暂行条例 第二十六条
// 第二款) is counted on 2027 days: 12-29, 12-30, 12-31, then 1-1 and 1-4 to 1-8
// by the weekday rule, 9 working days for the opinion; with the meeting on
// Monday 2027-01-11 the sender left the reviewer 10.
func TestProcedureProvisionalNotice(t *testing.T) {
	b, err := os.ReadFile("testdata/parking-complete.json")
	require.NoError(t, err)
	d, err := decision.ParseDecision(b)
	require.NoError(t, err)
	d.Review.Submitted, d.Review.Opinion = lawgov.MustDate(2026, 12, 28), lawgov.MustDate(2027, 1, 8)
	d.Discussion.Held = lawgov.MustDate(2027, 1, 11)
	asOf := lawgov.MustDate(2027, 3, 1)
	_, err = decision.National().Check(d, asOf, lawgov.OfficialCalendar())
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData, "fail closed without the opt-in")

	cal, err := lawgov.OfficialCalendar().WithProvisional(2027)
	require.NoError(t, err)
	rep, err := decision.National().Check(d, asOf, cal)
	require.NoError(t, err)
	m := rep.Find(decision.RuleReviewTime)[0].Message
	assert.Contains(t, m, "出具审查意见（用时9个工作日）")
	assert.Contains(t, m, "留给审查的时间10个工作日")
	last := rep.Findings[len(rep.Findings)-1]
	assert.Equal(t, lawgov.RuleProvisionalCalendar().ID, last.Rule)
	assert.Equal(t, "2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化", last.Message)

	a, err := decision.National().CanSubmitForDiscussion(d, asOf, cal)
	require.NoError(t, err)
	assert.Equal(t, lawgov.RuleProvisionalCalendar().ID, a.Findings[len(a.Findings)-1].Rule, "the answer carries the notice")
}
