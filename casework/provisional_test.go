package casework_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProvisionalNotice: a decision period that runs into 2027 is
// an error on the official data, and on a calendar that opts in to 2027 it
// is counted by the weekday rule with the notice finding at the end.
func TestProvisionalNotice(t *testing.T) {
	day := lawgov.MustParseDate
	cal, err := lawgov.OfficialCalendar().WithProvisional(2027)
	require.NoError(t, err)
	notice := "2027年节假日安排尚未载入，按周六、周日休息推算，结果可能变化"

	c := casework.Reconsideration{ID: "复〔2026〕9号", Unit: "区政府", Knew: day("2026-11-20"), Received: day("2026-12-01"), Accepted: day("2026-12-03")}
	_, err = casework.CheckReconsideration(c, day("2026-12-15"), lawgov.OfficialCalendar())
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData, "fail closed without the opt-in")
	rep, err := casework.CheckReconsideration(c, day("2026-12-15"), cal)
	require.NoError(t, err)
	require.Len(t, rep.Findings, 11)
	// 行政复议法 第六十二条: 60 days from 2026-12-03 end on Monday 2027-02-01.
	assert.Equal(t, casework.RuleDecisionPeriod, rep.Findings[7].Rule)
	assert.Equal(t, "受理 2026-12-03，决定期限60日，届满 2027-02-01，至 2026-12-15 尚在期限内", rep.Findings[7].Message)
	last := rep.Findings[len(rep.Findings)-1]
	assert.Equal(t, lawgov.RuleProvisionalCalendar().ID, last.Rule)
	assert.Equal(t, notice, last.Message)
	assert.True(t, rep.OK())

	// 行政诉讼法 第八十三条: 45 days from 2026-12-01 end on Friday 2027-01-15.
	l := casework.Litigation{ID: "(2026)行初9号", Unit: "区政府", Instance: casework.FirstInstance, Procedure: casework.Simplified, Received: day("2026-12-01")}
	rep, err = casework.CheckLitigation(l, day("2026-12-15"), cal)
	require.NoError(t, err)
	require.Len(t, rep.Findings, 6)
	assert.Equal(t, "一审立案 2026-12-01，审理期限45日，届满 2027-01-15，至 2026-12-15 尚在期限内", rep.Findings[0].Message)
	assert.Equal(t, notice, rep.Findings[5].Message)

	// A period within 2026 has no notice, even on the opted-in calendar.
	l.Received = day("2026-09-01")
	rep, err = casework.CheckLitigation(l, day("2026-09-15"), cal)
	require.NoError(t, err)
	assert.Len(t, rep.Findings, 5)
}
