package enforcement_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const provisionalNotice = "2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化"

func provisional2027(t *testing.T) *lawgov.Calendar {
	cal, err := lawgov.OfficialCalendar().WithProvisional(2027)
	require.NoError(t, err)
	return cal
}

// TestCredentialProvisionalNotice: a change reported on 2026-12-10
// must be reported within 30 days; they end on Saturday 2027-01-09, which
// rolls to Monday 2027-01-11 by the weekday rule, and the status says so.
func TestCredentialProvisionalNotice(t *testing.T) {
	day := lawgov.MustParseDate
	o := enforcement.Officer{ID: "CB009", Name: "王某", Unit: "市市场监管局", Employment: enforcement.CivilServant,
		History: []enforcement.Event{
			{Kind: enforcement.TrainingCompleted, Date: day("2024-03-01")},
			{Kind: enforcement.ExamAttempt, Date: day("2024-04-10"), Passed: true},
			{Kind: enforcement.CredentialIssued, Date: day("2024-05-06"), Number: "4212810009",
				Fields: []string{"市场监管"}, Region: "赤壁市", Expires: day("2029-05-05")},
			{Kind: enforcement.InformationChanged, Date: day("2026-12-10"), What: "所属执法机构名称"},
		}}
	rs := enforcement.Chibi()
	_, err := rs.StatusAt(o, day("2026-12-20"))
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData, "fail closed without the opt-in")

	rs.Calendar = provisional2027(t)
	st, err := rs.StatusAt(o, day("2026-12-20"))
	require.NoError(t, err)
	assert.Equal(t, day("2027-01-11"), st.ReportDue)
	fs := st.Findings()
	require.Len(t, fs, 3)
	assert.Equal(t, lawgov.RuleProvisionalCalendar().ID, fs[2].Rule)
	assert.Equal(t, provisionalNotice, fs[2].Message)
	assert.Equal(t, "CB009", fs[2].Subject)
}

// TestActionProvisionalNotice: the 90-day decision period of a case
// filed on 2026-11-01 (行政处罚法 第六十条) ends in 2027.
func TestActionProvisionalNotice(t *testing.T) {
	a := basePenalty()
	a.Filed = lawgov.MustParseDate("2026-11-01")
	rep, err := enforcement.Check(a, lawgov.MustParseDate("2027-07-01"), actionRegistry(t), provisional2027(t))
	require.NoError(t, err)
	last := rep.Findings[len(rep.Findings)-1]
	assert.Equal(t, lawgov.RuleProvisionalCalendar().ID, last.Rule)
	assert.Equal(t, provisionalNotice, last.Message)
	assert.Len(t, rep.Find(lawgov.RuleProvisionalCalendar().ID), 1)
}
