package casework_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var dec = decimal.RequireFromString

// TestPublishedFigures reproduces every row of RULES.md §7 from counts run
// through a Tally and a named Definition, with the base and rounding named
// in each case.
func TestPublishedFigures(t *testing.T) {
	neimenggu := tallyOf( // 内蒙古 2017: 1015 cases, 155 corrections (140 direct + 15 indirect), 72 mediated
		rc(t, casework.Revoke, 100), rc(t, casework.ConfirmIllegal, 40), indirect(t, 15),
		rc(t, casework.Mediated, 72), rc(t, casework.Uphold, 788))
	kaizhouRC := tallyOf( // 开州 2021: 70 cases, 2 revoked, 14 withdrawn after mediation
		rc(t, casework.Revoke, 2), rc(t, casework.Settled, 14), rc(t, casework.Uphold, 54))
	kaizhouAL := tallyOf( // 开州 2021: 252 concluded first instance: 14 lost, 99 withdrawn, 176 of 252 with a principal
		lit(t, casework.Annul, 14, 14, 14), lit(t, casework.SuitWithdrawn, 99, 99, 99),
		lit(t, casework.RejectSuitClaim, 139, 139, 63))
	tongzhou := tallyOf( // 通州 2020: 146 = 9 + 11 + 49 + 12 + 32 + 33
		rc(t, casework.Abandoned, 9), rc(t, casework.NotAccepted, 11), rc(t, casework.Uphold, 49),
		rc(t, casework.RejectClaim, 12), rc(t, casework.Settled, 32), rc(t, casework.Revoke, 33))
	dezhou := tallyOf( // 德州 2017: 570 concluded, 342 substantive judgments, 81 lost
		lit(t, casework.Annul, 50, 0, 0), lit(t, casework.DeclareIllegal, 31, 0, 0),
		lit(t, casework.RejectSuitClaim, 261, 0, 0), lit(t, casework.SuitWithdrawn, 150, 0, 0),
		lit(t, casework.DismissSuit, 78, 0, 0))
	shandong := tallyOf(lit(t, casework.RejectSuitClaim, 14730, 14730, 14665)) // 山东 2022 open-court cases
	dantu := tallyOf(lit(t, casework.RejectSuitClaim, 10, 10, 10))             // 丹徒 2017: 10 suits

	// The roundings that reproduce a figure: half up only, or also truncation.
	halfUp := []lawgov.Rounding{lawgov.HalfUp}
	both := []lawgov.Rounding{lawgov.HalfUp, lawgov.Truncate}
	tests := []struct {
		name      string
		source    string
		tally     casework.Tally
		def       string
		want      lawgov.Rate
		published string
		modes     []lawgov.Rounding
	}{
		{"内蒙古 综合纠错率", "只争朝夕 扎实工作 全力推进我区法治政府建设进程 (2018)", neimenggu,
			"reconsideration.comprehensive-correction-rate", lawgov.Rate{Num: 155, Den: 1015}, "15.27", both},
		{"内蒙古 调解率", "同上", neimenggu,
			"reconsideration.mediation-rate", lawgov.Rate{Num: 72, Den: 1015}, "7.1", halfUp},
		{"开州 直接纠错", "开州区2021年度法治政府建设情况的报告 一(七)", kaizhouRC,
			"reconsideration.correction-rate", lawgov.Rate{Num: 2, Den: 70}, "2.9", halfUp},
		{"开州 调解撤回", "同上", kaizhouRC,
			"reconsideration.mediation-settlement-rate", lawgov.Rate{Num: 14, Den: 70}, "20", both},
		{"开州 败诉率 over concluded", "同上", kaizhouAL,
			"litigation.loss-rate", lawgov.Rate{Num: 14, Den: 252}, "5.6", halfUp},
		{"开州 撤诉率 over concluded", "同上", kaizhouAL,
			"litigation.withdrawal-rate", lawgov.Rate{Num: 99, Den: 252}, "39.3", halfUp},
		{"开州 出庭应诉率 over heard", "同上", kaizhouAL,
			"litigation.appearance-rate", lawgov.Rate{Num: 176, Den: 252}, "69.8", both},
		{"通州 调解 about 22%", "通州区2020年行政复议", tongzhou,
			"reconsideration.mediation-settlement-rate", lawgov.Rate{Num: 32, Den: 146}, "22", halfUp},
		{"通州 纠错 about 23%", "同上", tongzhou,
			"reconsideration.correction-rate", lawgov.Rate{Num: 33, Den: 146}, "23", halfUp},
		{"德州 总败诉率", "德州中院2017", dezhou,
			"litigation.loss-rate", lawgov.Rate{Num: 81, Den: 570}, "14.2", both},
		{"德州 实体判决败诉率", "同上", dezhou,
			"litigation.loss-rate-substantive", lawgov.Rate{Num: 81, Den: 342}, "23.7", halfUp},
		{"山东 出庭应诉率", "山东省高院2022", shandong,
			"litigation.appearance-rate", lawgov.Rate{Num: 14665, Den: 14730}, "99.6", halfUp},
		{"丹徒 出庭应诉率", "丹徒法治政府建设何以成为示范标杆", dantu,
			"litigation.appearance-rate", lawgov.Rate{Num: 10, Den: 10}, "100", both},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := apply(t, def(t, tt.def), &tt.tally)
			assert.Equal(t, tt.want, got, tt.source)
			fit := casework.FitRate(dec(tt.published), got)
			assert.True(t, fit.Reproduced(), fit.String())
			assert.Equal(t, tt.modes, fit.Modes)
		})
	}
}

// TestPublishedFiguresNotFitting checks the bases §7 rules out.
func TestPublishedFiguresNotFitting(t *testing.T) {
	tests := []struct {
		name      string
		rate      lawgov.Rate
		published string
	}{
		{"开州 败诉率 over 287 received", lawgov.Rate{Num: 14, Den: 287}, "5.6"},  // 4.9%
		{"开州 撤诉率 over 287 received", lawgov.Rate{Num: 99, Den: 287}, "39.3"}, // 34.5%
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, casework.FitRate(dec(tt.published), tt.rate).Reproduced())
		})
	}
	// 开州 出庭应诉率 69.8%: no k/287 reproduces it under either rounding; over 252, k = 176.
	for _, m := range []lawgov.Rounding{lawgov.HalfUp, lawgov.Truncate} {
		assert.True(t, casework.Numerators(dec("69.8"), 287, m).Empty(), m.String())
	}
	assert.Equal(t, casework.Range{Lo: 176, Hi: 176}, casework.Numerators(dec("69.8"), 252, lawgov.HalfUp))
	// 社旗 2016 84.8% cannot come from 61 concluded cases (51/61 = 83.6%, 52/61 = 85.2%).
	assert.True(t, casework.Numerators(dec("84.8"), 61, lawgov.HalfUp).Empty())
	assert.Equal(t, casework.Range{Lo: 28, Hi: 28}, casework.Numerators(dec("84.8"), 33, lawgov.HalfUp))
	// 山东 99.6% over 14730: a range of numerators reproduces it.
	assert.Equal(t, casework.Range{Lo: 14664, Hi: 14678}, casework.Numerators(dec("99.6"), 14730, lawgov.HalfUp))
}

// TestPartitions checks the §7 rows that are partitions of a total.
func TestPartitions(t *testing.T) {
	// 通州 2020: the outcome classes partition the 146 concluded cases.
	tz := tallyOf(
		rc(t, casework.Abandoned, 9), rc(t, casework.NotAccepted, 11), rc(t, casework.Uphold, 49),
		rc(t, casework.RejectClaim, 12), rc(t, casework.Settled, 32), rc(t, casework.Revoke, 33))
	var sum int64
	want := map[casework.Class]int64{casework.ClassNone: 81, casework.ClassMediation: 32, casework.ClassDirectCorrection: 33}
	for _, cl := range casework.AllClasses() {
		n := must[int64](t)(tz.Reconsideration.Sum(casework.DefaultClasses().Outcomes(casework.KindReconsideration, casework.ClassSetOf(cl))))
		assert.Equal(t, want[cl], n, cl.Label())
		sum += n
	}
	assert.Equal(t, int64(146), sum)
	assert.Equal(t, int64(146), tz.Reconsideration.Concluded)
	// Not-accepted cases are inside the local base, outside the national one.
	assert.Equal(t, int64(94), must[int64](t)(casework.DecidedOnMerits.Of(&tz.Reconsideration)))
	assert.Equal(t, int64(126), must[int64](t)(casework.ConcludedAccepted.Of(&tz.Reconsideration)))
}

// TestPublishedChanges reproduces the year-over-year rows of §7 and §3.4.
func TestPublishedChanges(t *testing.T) {
	tests := []struct {
		name      string
		current   int64
		published string
		want      casework.Range // prior counts, half up
	}{
		{"内蒙古 2022 同比增长14.01%", 3116, "14.01", casework.Range{Lo: 2733, Hi: 2733}},
		{"内蒙古 2022 同比增长28.83%", 5317, "28.83", casework.Range{Lo: 4127, Hi: 4127}},
		{"通州 2023 同比增长99.5%", 1113, "99.5", casework.Range{Lo: 558, Hi: 558}},
		{"通州 2021 增长了63%", 281, "63", casework.Range{Lo: 172, Hi: 172}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, casework.PriorCounts(dec(tt.published), tt.current, lawgov.HalfUp))
			c := lawgov.RelativeChange{From: tt.want.Lo, To: tt.current}
			assert.Contains(t, c.Reproduces(dec(tt.published)), lawgov.HalfUp)
		})
	}
	// 开州 2021 「共办理行政复议案件70件，同比上升20.8%」: no integer prior count.
	for _, m := range []lawgov.Rounding{lawgov.HalfUp, lawgov.Truncate} {
		assert.True(t, casework.PriorCounts(dec("20.8"), 70, m).Empty(), m.String())
	}
	assert.Equal(t, "20.69", mustPct(t, lawgov.RelativeChange{From: 58, To: 70}))
	assert.Equal(t, "22.81", mustPct(t, lawgov.RelativeChange{From: 57, To: 70}))
	assert.Equal(t, "同比上升14.01%", lawgov.RelativeChange{From: 2733, To: 3116}.Chinese(2, lawgov.HalfUp))

	// 山东 2022 败诉率 10.83% → 6.88%: −3.95 points, not a relative change.
	pc := lawgov.PointChange{From: lawgov.Rate{Num: 1083, Den: 10000}, To: lawgov.Rate{Num: 688, Den: 10000}}
	pts, err := pc.Points(2, lawgov.HalfUp)
	require.NoError(t, err)
	assert.True(t, dec("-3.95").Equal(pts), pts.String())
	assert.Equal(t, "下降3.95个百分点", pc.Chinese(2, lawgov.HalfUp))
	// 鄂尔多斯 2021 出庭应诉率 32% → 90%: 58 points.
	ordos := lawgov.PointChange{From: lawgov.Rate{Num: 32, Den: 100}, To: lawgov.Rate{Num: 90, Den: 100}}
	assert.Equal(t, "上升58个百分点", ordos.Chinese(0, lawgov.HalfUp))
}

func mustPct(t *testing.T, c lawgov.RelativeChange) string {
	t.Helper()
	p, err := c.Percent(2, lawgov.HalfUp)
	require.NoError(t, err)
	return p.StringFixed(2)
}

func TestNumeratorsEdges(t *testing.T) {
	assert.True(t, casework.Numerators(dec("50"), 0, lawgov.HalfUp).Empty())
	assert.True(t, casework.Numerators(dec("50"), 10, lawgov.RoundingUnspecified).Empty())
	assert.Equal(t, casework.Range{Lo: 0, Hi: 0}, casework.Numerators(dec("0"), 10, lawgov.HalfUp))
	assert.Equal(t, casework.Range{Lo: 10, Hi: 10}, casework.Numerators(dec("100"), 10, lawgov.HalfUp))
	assert.True(t, casework.Numerators(dec("101"), 10, lawgov.HalfUp).Empty())
	assert.Equal(t, casework.Range{Lo: 5, Hi: 5}, casework.PriorCounts(dec("-20"), 4, lawgov.HalfUp))
	assert.Equal(t, "∅", casework.PriorCounts(dec("20.8"), 70, lawgov.HalfUp).String())
	assert.Equal(t, "175–177", casework.Range{Lo: 175, Hi: 177}.String())
	assert.Equal(t, int64(3), casework.Range{Lo: 175, Hi: 177}.Len())
}
