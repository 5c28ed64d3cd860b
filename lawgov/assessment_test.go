package lawgov_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

var dec = decimal.RequireFromString

// testScheme is a small indicator system in the manner of the weighted
// 100-point systems of RULES G7; the bands are configuration (no national
// scale exists).
func testScheme(t testing.TB) *lawgov.Scheme {
	t.Helper()
	ins := []lawgov.Indicator{
		{ID: "decision", Name: "行政决策", Children: []lawgov.Indicator{
			{ID: "decision.procedure", Name: "决策程序", Max: dec("10"), Method: lawgov.ScoreDeduction, Deduct: dec("1.5"),
				Basis: []lawgov.Citation{lawgov.MajorDecisionRegulation.Art(9)}},
			{ID: "decision.review", Name: "合法性审查", Max: dec("5"), Method: lawgov.ScoreGraded, GradePoints: [3]decimal.Decimal{dec("5"), dec("3"), dec("0")}},
		}},
		{ID: "litigation", Name: "负责人出庭应诉率", Max: dec("30"), Method: lawgov.ScoreProportional},
		{ID: "training", Name: "学法培训", Max: dec("55"), Method: lawgov.ScoreDeduction, Deduct: dec("5")},
		{ID: "veto", Name: "重大违法决策", Method: lawgov.ScoreVeto},
	}
	bands := []lawgov.Band{{Label: "优秀", Min: dec("90")}, {Label: "良好", Min: dec("80")}, {Label: "合格", Min: dec("60")}, {Label: "不合格", Min: dec("0")}}
	s, err := lawgov.NewScheme("测试考评方案", ins, bands, 2)
	require.NoError(t, err)
	return s
}

func TestSchemeScore(t *testing.T) {
	s := testScheme(t)
	assert.True(t, dec("100").Equal(s.Max()))
	sc, err := s.Score("市司法局", map[string]lawgov.Input{
		"decision.procedure": {Occurrences: 1},
		"decision.review":    {Grade: lawgov.GradeFlawed},
		// 开州 2021: 176 of 252 concluded suits heard with the responsible person present.
		"litigation": {Rate: lawgov.Rate{Num: 176, Den: 252}},
		"training":   {Occurrences: 0},
		"veto":       {},
	})
	require.NoError(t, err)
	// 8.5 + 3 + 30×176/252 = 20.952… → 20.95 + 55 = 87.45.
	assert.Equal(t, "87.45", sc.Total.StringFixed(2))
	assert.Equal(t, "良好", sc.Band)
	require.Len(t, sc.Lines, 6)
	assert.Equal(t, "行政决策 11.50/15.00 下级指标得分合计", sc.Lines[0].String())
	assert.Equal(t, "决策程序 8.50/10.00 发生1次，每次扣1.5分", sc.Lines[1].String())
	assert.Equal(t, lawgov.MajorDecisionRegulation.Art(9), sc.Lines[1].Basis[0])
	assert.Equal(t, "合法性审查 3.00/5.00 评定为存在瑕疵", sc.Lines[2].String())
	assert.Equal(t, "负责人出庭应诉率 20.95/30.00 比率 69.84%（176/252），按比例得分", sc.Lines[3].String())
	assert.Equal(t, "市司法局 87.45/100.00 良好", sc.String())

	// Deduction floors at zero: 12 × 5 = 60 > 55.
	sc, err = s.Score("市财政局", map[string]lawgov.Input{
		"decision.procedure": {Occurrences: 0}, "decision.review": {Grade: lawgov.GradePass},
		"litigation": {Rate: lawgov.Rate{Num: 1, Den: 1}}, "training": {Occurrences: 12}, "veto": {Vetoed: true, Note: "2019年违法决策1件"},
	})
	require.NoError(t, err)
	assert.Equal(t, "45.00", sc.Total.StringFixed(2))
	assert.Equal(t, "学法培训 0.00/55.00 发生12次，每次扣5分，扣至0分为止", sc.Lines[4].String())
	assert.True(t, sc.Vetoed)
	assert.Equal(t, "不合格", sc.Band)
	assert.Equal(t, "重大违法决策 0.00/0.00 触发一票否决，评定为最低等次（2019年违法决策1件）", sc.Lines[5].String())

	_, err = s.Score("x", map[string]lawgov.Input{"decision.procedure": {}})
	assert.ErrorContains(t, err, `indicator "decision.review": no input`)
	full := map[string]lawgov.Input{"decision.procedure": {}, "decision.review": {Grade: lawgov.GradePass}, "litigation": {}, "training": {}, "veto": {}}
	_, err = s.Score("x", full)
	assert.ErrorContains(t, err, `indicator "litigation": rate 0/0 undefined`)

	var zero lawgov.Scheme
	_, err = zero.Score("x", full)
	assert.EqualError(t, err, `lawgov: score "x": scheme not built with NewScheme`)
}

func TestNewSchemeErrors(t *testing.T) {
	leaf := lawgov.Indicator{ID: "a", Name: "甲", Max: dec("10"), Method: lawgov.ScoreProportional}
	ok := []lawgov.Band{{Label: "合格", Min: dec("60")}, {Label: "不合格", Min: dec("0")}}
	tests := []struct {
		name  string
		ins   []lawgov.Indicator
		bands []lawgov.Band
		want  string
	}{
		{"repeated ID", []lawgov.Indicator{leaf, leaf}, ok, `repeated indicator ID "a"`},
		{"parent max", []lawgov.Indicator{{ID: "p", Max: dec("20"), Children: []lawgov.Indicator{leaf}}}, ok, "not the sum 10"},
		{"grade order", []lawgov.Indicator{{ID: "g", Max: dec("5"), Method: lawgov.ScoreGraded, GradePoints: [3]decimal.Decimal{dec("3"), dec("4"), dec("0")}}}, ok, "grade points"},
		{"no deduction", []lawgov.Indicator{{ID: "d", Max: dec("5"), Method: lawgov.ScoreDeduction}}, ok, "must be positive"},
		{"veto points", []lawgov.Indicator{{ID: "v", Max: dec("5"), Method: lawgov.ScoreVeto}}, ok, "carries no points"},
		{"no method", []lawgov.Indicator{{ID: "n", Max: dec("5")}}, ok, "no scoring method"},
		{"bands order", []lawgov.Indicator{leaf}, []lawgov.Band{{Label: "合格", Min: dec("60")}, {Label: "优秀", Min: dec("90")}, {Label: "不合格"}}, "not below"},
		{"lowest band", []lawgov.Indicator{leaf}, []lawgov.Band{{Label: "合格", Min: dec("60")}}, "must start at 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lawgov.NewScheme("x", tt.ins, tt.bands, 2)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

func TestRank(t *testing.T) {
	sc := func(u, total string, veto bool) lawgov.Score {
		return lawgov.Score{Unit: u, Total: dec(total), Vetoed: veto}
	}
	got := lawgov.Rank([]lawgov.Score{sc("甲", "80", false), sc("乙", "95", true), sc("丙", "90", false), sc("丁", "80.00", false), sc("戊", "70", false)})
	var units []string
	var ranks []int
	var tied []bool
	for _, r := range got {
		units, ranks, tied = append(units, r.Unit), append(ranks, r.Rank), append(tied, r.Tied)
	}
	assert.Equal(t, []string{"丙", "甲", "丁", "戊", "乙"}, units)
	assert.Equal(t, []int{1, 2, 2, 4, 5}, ranks)
	assert.Equal(t, []bool{false, true, true, false, false}, tied)
}

// Properties of scoring: 0 ≤ total ≤ max; more occurrences never raise a
// deduction score; a higher rate never lowers a proportional score; a better
// grade never lowers a graded score; a veto forces the lowest band.
func TestSchemeProperties(t *testing.T) {
	s := testScheme(t)
	genInput := func(t *rapid.T, label string) map[string]lawgov.Input {
		den := rapid.Int64Range(1, 1000).Draw(t, label+"den")
		return map[string]lawgov.Input{
			"decision.procedure": {Occurrences: rapid.Int64Range(0, 20).Draw(t, label+"proc")},
			"decision.review":    {Grade: lawgov.Grade(rapid.IntRange(1, 3).Draw(t, label+"grade"))},
			"litigation":         {Rate: lawgov.Rate{Num: rapid.Int64Range(0, 1200).Draw(t, label+"num"), Den: den}},
			"training":           {Occurrences: rapid.Int64Range(0, 20).Draw(t, label+"train")},
			"veto":               {Vetoed: rapid.Bool().Draw(t, label+"veto")},
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		in := genInput(t, "")
		sc, err := s.Score("u", in)
		require.NoError(t, err)
		assert.False(t, sc.Total.IsNegative())
		assert.True(t, sc.Total.LessThanOrEqual(s.Max()))
		if in["veto"].Vetoed {
			assert.Equal(t, "不合格", sc.Band)
		}
		// Monotone in each input.
		worse := map[string]lawgov.Input{}
		for k, v := range in {
			worse[k] = v
		}
		p := worse["decision.procedure"]
		p.Occurrences += rapid.Int64Range(0, 5).Draw(t, "more")
		worse["decision.procedure"] = p
		g := worse["decision.review"]
		g.Grade = lawgov.Grade(rapid.IntRange(int(g.Grade), 3).Draw(t, "worseGrade"))
		worse["decision.review"] = g
		r := worse["litigation"]
		r.Rate.Num = rapid.Int64Range(0, r.Rate.Num).Draw(t, "lowerNum")
		worse["litigation"] = r
		ws, err := s.Score("u", worse)
		require.NoError(t, err)
		assert.True(t, ws.Total.LessThanOrEqual(sc.Total), "worse inputs %s > %s", ws.Total, sc.Total)
	})
}
