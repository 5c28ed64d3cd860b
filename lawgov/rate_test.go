package lawgov_test

import (
	"encoding/json"
	"math"
	"math/big"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// assertDec checks a decimal against its expected text with Equal (never ==),
// and the number of places with StringFixed.
func assertDec(t *testing.T, want string, got decimal.Decimal, msgAndArgs ...any) {
	t.Helper()
	w := decimal.RequireFromString(want)
	if !w.Equal(got) {
		assert.Fail(t, "decimals differ", "want %s, got %s %v", want, got.String(), msgAndArgs)
	}
}

// TestPublishedFigures reproduces the figures of RULES.md §7 from their counts.
func TestPublishedFigures(t *testing.T) {
	both := []lawgov.Rounding{lawgov.HalfUp, lawgov.Truncate}
	halfUp := []lawgov.Rounding{lawgov.HalfUp}
	tests := []struct {
		name      string
		rate      lawgov.Rate
		published string
		modes     []lawgov.Rounding
		basis     string
	}{
		{"内蒙古 2017 综合纠错率", lawgov.Rate{Num: 155, Den: 1015}, "15.27", both, "内蒙古 2018 work report: 15.2709…"},
		{"内蒙古 2017 调解率", lawgov.Rate{Num: 72, Den: 1015}, "7.1", halfUp, "内蒙古 2018 work report: 7.0935…"},
		{"开州 2021 直接纠错率", lawgov.Rate{Num: 2, Den: 70}, "2.9", halfUp, "开州 2021 report: 2.857…"},
		{"开州 2021 调解撤回率", lawgov.Rate{Num: 14, Den: 70}, "20", both, "开州 2021 report: exactly 20"},
		{"开州 2021 败诉率", lawgov.Rate{Num: 14, Den: 252}, "5.6", halfUp, "开州 2021 report: base is the 252 concluded, 5.555…"},
		{"开州 2021 撤诉率", lawgov.Rate{Num: 99, Den: 252}, "39.3", halfUp, "开州 2021 report: 39.285…"},
		{"开州 2021 出庭应诉率", lawgov.Rate{Num: 176, Den: 252}, "69.8", both, "开州 2021 report: 69.841…"},
		{"山东 2022 出庭应诉率", lawgov.Rate{Num: 14665, Den: 14730}, "99.6", halfUp, "山东 2022 court report: 99.558…"},
		{"德州 81/570", lawgov.Rate{Num: 81, Den: 570}, "14.2", both, "14.210…"},
		{"德州 81/342", lawgov.Rate{Num: 81, Den: 342}, "23.7", halfUp, "23.684…"},
		{"truncated only", lawgov.Rate{Num: 2, Den: 70}, "2.8", []lawgov.Rounding{lawgov.Truncate}, "2.857… truncated"},
		{"truncated only, two places", lawgov.Rate{Num: 155, Den: 1015}, "15.2", []lawgov.Rounding{lawgov.Truncate}, "15.27… truncated to one place"},
		{"not reproducible", lawgov.Rate{Num: 155, Den: 1015}, "15.28", nil, "no mode gives 15.28"},
		{"undefined reproduces nothing", lawgov.Rate{}, "0", nil, "0/0 is not 0%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := decimal.RequireFromString(tt.published)
			assert.Equal(t, tt.modes, tt.rate.Reproduces(pub), tt.basis)
			for _, m := range tt.modes {
				got, err := tt.rate.Percent(-pub.Exponent(), m)
				if pub.Exponent() > 0 {
					got, err = tt.rate.Percent(0, m)
				}
				require.NoError(t, err)
				assertDec(t, tt.published, got, tt.basis)
			}
		})
	}
	p, err := lawgov.Rate{Num: 155, Den: 1015}.Percent(2, lawgov.HalfUp)
	require.NoError(t, err)
	assert.Equal(t, "15.27", p.StringFixed(2))
	assert.Equal(t, "15.27%", lawgov.Rate{Num: 155, Den: 1015}.Format(2, lawgov.HalfUp))
	assert.Equal(t, "20.0%", lawgov.Rate{Num: 14, Den: 70}.Format(1, lawgov.HalfUp))
	assert.Equal(t, "—", lawgov.Rate{}.Format(1, lawgov.HalfUp))
	assert.Equal(t, "236/977", lawgov.Rate{Num: 236, Den: 977}.String())
}

func TestRelativeChange(t *testing.T) {
	tests := []struct {
		name    string
		change  lawgov.RelativeChange
		places  int32
		want    string
		chinese string
		basis   string
	}{
		{"内蒙古 2022 3116", lawgov.RelativeChange{From: 2733, To: 3116}, 2, "14.01", "同比上升14.01%", "RULES.md §3.4: 383/2733"},
		{"内蒙古 2022 5317", lawgov.RelativeChange{From: 4127, To: 5317}, 2, "28.83", "同比上升28.83%", "RULES.md §3.4: 1190/4127"},
		{"通州 2021", lawgov.RelativeChange{From: 172, To: 281}, 2, "63.37", "同比上升63.37%", "RULES.md §3.4: 109/172"},
		{"通州 2023", lawgov.RelativeChange{From: 558, To: 1113}, 1, "99.5", "同比上升99.5%", "RULES.md §3.4: 555/558"},
		{"通州 2023 近3倍", lawgov.RelativeChange{From: 60, To: 236}, 0, "293", "同比上升293%", "RULES.md §3.4: 增长了近3倍"},
		{"a decrease", lawgov.RelativeChange{From: 100, To: 95}, 2, "-5", "同比下降5.00%", "(95−100)/100"},
		{"flat", lawgov.RelativeChange{From: 7, To: 7}, 1, "0", "同比持平", "no change"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.change.Percent(tt.places, lawgov.HalfUp)
			require.NoError(t, err)
			assertDec(t, tt.want, got, tt.basis)
			assert.Equal(t, tt.chinese, tt.change.Chinese(tt.places, lawgov.HalfUp), tt.basis)
		})
	}
	// 「同比增长14.01%」 on 3116 has exactly one integer prior count.
	var priors []int64
	for from := int64(1); from < 3116; from++ {
		if len(lawgov.RelativeChange{From: from, To: 3116}.Reproduces(decimal.RequireFromString("14.01"))) > 0 {
			priors = append(priors, from)
		}
	}
	assert.Equal(t, []int64{2733}, priors)
	// 开州 2021 「同比上升20.8%」 on 70 cases: no integer prior count reproduces it.
	for from := int64(1); from <= 70; from++ {
		assert.Empty(t, lawgov.RelativeChange{From: from, To: 70}.Reproduces(decimal.RequireFromString("20.8")), "from %d", from)
	}
	assert.Equal(t, []lawgov.Rounding{lawgov.HalfUp}, lawgov.RelativeChange{From: 58, To: 70}.Reproduces(decimal.RequireFromString("20.69")))

	_, err := lawgov.RelativeChange{From: 0, To: 5}.Percent(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrUndefinedRate)
	assert.Equal(t, "无上年数据", lawgov.RelativeChange{}.Chinese(2, lawgov.HalfUp))
	_, err = lawgov.RelativeChange{From: -1, To: 5}.Percent(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrNegativeCount)
}

func TestPointChange(t *testing.T) {
	// 山东 2022: 败诉率 10.83% → 6.88%, 「同比下降3.95个百分点」.
	sd := lawgov.PointChange{From: lawgov.Rate{Num: 1083, Den: 10000}, To: lawgov.Rate{Num: 688, Den: 10000}}
	got, err := sd.Points(2, lawgov.HalfUp)
	require.NoError(t, err)
	assertDec(t, "-3.95", got, "RULES.md §7 山东 2022")
	assert.Equal(t, "下降3.95个百分点", sd.Chinese(2, lawgov.HalfUp))

	// 司法部: 89.4% vs 76.8%, 「提高了12.6个百分点」.
	moj := lawgov.PointChange{From: lawgov.Rate{Num: 768, Den: 1000}, To: lawgov.Rate{Num: 894, Den: 1000}}
	assert.Equal(t, "上升12.6个百分点", moj.Chinese(1, lawgov.HalfUp))
	// 鄂尔多斯 2021: 负责人出庭应诉率 from 32% to 90%, 58 points.
	ords := lawgov.PointChange{From: lawgov.Rate{Num: 32, Den: 100}, To: lawgov.Rate{Num: 90, Den: 100}}
	assert.Equal(t, "上升58个百分点", ords.Chinese(0, lawgov.HalfUp))
	assert.Equal(t, "持平", lawgov.PointChange{From: lawgov.Rate{Num: 1, Den: 2}, To: lawgov.Rate{Num: 2, Den: 4}}.Chinese(2, lawgov.HalfUp))

	// Exact versus subtracting rounded figures: 1/3 → 2/3 is 33.33 points
	// exactly, but 66.67 − 33.33 = 33.34 as a report would print it.
	third := lawgov.PointChange{From: lawgov.Rate{Num: 1, Den: 3}, To: lawgov.Rate{Num: 2, Den: 3}}
	got, err = third.Points(2, lawgov.HalfUp)
	require.NoError(t, err)
	assertDec(t, "33.33", got)
	got, err = third.PointsOfRounded(2, lawgov.HalfUp)
	require.NoError(t, err)
	assertDec(t, "33.34", got)

	_, err = lawgov.PointChange{To: lawgov.Rate{Num: 1, Den: 2}}.Points(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrUndefinedRate)
	_, err = lawgov.PointChange{To: lawgov.Rate{Num: 1, Den: 2}}.PointsOfRounded(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrUndefinedRate)
	_, err = lawgov.PointChange{From: lawgov.Rate{Num: 1, Den: 2}}.PointsOfRounded(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrUndefinedRate)
	assert.Equal(t, "无可比数据", lawgov.PointChange{}.Chinese(2, lawgov.HalfUp))
	_, err = lawgov.PointChange{From: lawgov.Rate{Num: -1, Den: 2}, To: lawgov.Rate{Num: 1, Den: 2}}.Points(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrNegativeCount)

	// Products beyond int64 take the big-integer path.
	huge := lawgov.PointChange{From: lawgov.Rate{Num: 1, Den: math.MaxInt64}, To: lawgov.Rate{Num: math.MaxInt64 - 1, Den: math.MaxInt64 - 2}}
	got, err = huge.Points(4, lawgov.HalfUp)
	require.NoError(t, err)
	assertDec(t, "100", got)
	_, err = huge.Points(2, lawgov.RoundingUnspecified)
	assert.Error(t, err)
	_, err = huge.Points(19, lawgov.HalfUp)
	assert.Error(t, err)
}

func TestRateErrors(t *testing.T) {
	_, err := lawgov.Rate{Num: 1}.Percent(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrUndefinedRate)
	assert.True(t, lawgov.Rate{}.IsUndefined())
	_, err = lawgov.Rate{Num: -1, Den: 3}.Percent(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrNegativeCount)
	_, err = lawgov.Rate{Num: 1, Den: -3}.Ratio(2, lawgov.HalfUp)
	assert.ErrorIs(t, err, lawgov.ErrNegativeCount)
	_, err = lawgov.Rate{Num: 1, Den: 3}.Percent(2, lawgov.RoundingUnspecified)
	assert.ErrorContains(t, err, "invalid rounding mode")
	_, err = lawgov.Rate{Num: 1, Den: 3}.Percent(-1, lawgov.HalfUp)
	assert.ErrorContains(t, err, "out of range")
	_, err = lawgov.Rate{Num: 1, Den: 3}.Percent(19, lawgov.HalfUp)
	assert.ErrorContains(t, err, "out of range")
}

func TestRateRatioCmp(t *testing.T) {
	r, err := lawgov.Rate{Num: 236, Den: 977}.Ratio(4, lawgov.HalfUp)
	require.NoError(t, err)
	assertDec(t, "0.2416", r)
	r, err = lawgov.Rate{Num: 2, Den: 3}.Ratio(3, lawgov.Truncate)
	require.NoError(t, err)
	assertDec(t, "0.666", r)
	// Half up rounds a tie away from zero: 1/8 = 12.5%.
	p, err := lawgov.Rate{Num: 1, Den: 8}.Percent(0, lawgov.HalfUp)
	require.NoError(t, err)
	assertDec(t, "13", p)

	assert.Equal(t, 0, lawgov.Rate{Num: 1, Den: 2}.Cmp(lawgov.Rate{Num: 2, Den: 4}))
	assert.Equal(t, -1, lawgov.Rate{Num: 1, Den: 3}.Cmp(lawgov.Rate{Num: 1, Den: 2}))
	// M/(M−1) < (M−1)/(M−2): products beyond int64 compare exactly.
	assert.Equal(t, -1, lawgov.Rate{Num: math.MaxInt64, Den: math.MaxInt64 - 1}.Cmp(lawgov.Rate{Num: math.MaxInt64 - 1, Den: math.MaxInt64 - 2}))
	assert.Equal(t, -1, lawgov.Rate{}.Cmp(lawgov.Rate{Num: 0, Den: 5}))
	assert.Equal(t, 1, lawgov.Rate{Num: 0, Den: 5}.Cmp(lawgov.Rate{}))
	assert.Equal(t, 0, lawgov.Rate{}.Cmp(lawgov.Rate{Num: 3}))
}

// exactPercent is the reference: 100·num/den rounded with big.Int.
func exactPercent(num, den int64, places int32, mode lawgov.Rounding) decimal.Decimal {
	n := new(big.Int).Mul(big.NewInt(num), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(2+places)), nil))
	d := big.NewInt(den)
	q, rem := new(big.Int).QuoRem(n, d, new(big.Int))
	if mode == lawgov.HalfUp && new(big.Int).Lsh(rem, 1).Cmp(d) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	return decimal.NewFromBigInt(q, -places)
}

func TestRateOverflow(t *testing.T) {
	counts := []lawgov.Rate{
		{Num: math.MaxInt64, Den: math.MaxInt64},
		{Num: math.MaxInt64 - 1, Den: math.MaxInt64},
		{Num: math.MaxInt64 / 3, Den: math.MaxInt64 - 7},
		{Num: 1 << 40, Den: 3 << 40},
		{Num: 92233720368547758, Den: 92233720368547759},
		{Num: 1, Den: math.MaxInt64},
		{Num: 12345678901234, Den: 98765432109876},
	}
	for _, r := range counts {
		for places := int32(0); places <= 18; places++ {
			for _, m := range lawgov.Roundings() {
				got, err := r.Percent(places, m)
				require.NoError(t, err)
				want := exactPercent(r.Num, r.Den, places, m)
				if !want.Equal(got) {
					t.Fatalf("%s.Percent(%d, %s) = %s, want %s", r, places, m, got, want)
				}
			}
		}
	}
	p, err := lawgov.Rate{Num: math.MaxInt64 - 1, Den: math.MaxInt64}.Percent(18, lawgov.HalfUp)
	require.NoError(t, err)
	assert.Equal(t, "99.999999999999999989", p.StringFixed(18))
}

func TestRateJSON(t *testing.T) {
	b, err := json.Marshal(lawgov.Rate{Num: 155, Den: 1015})
	require.NoError(t, err)
	assert.JSONEq(t, `{"num":155,"den":1015}`, string(b))
	b, err = json.Marshal(lawgov.PointChange{From: lawgov.Rate{Num: 1, Den: 2}, To: lawgov.Rate{Num: 1, Den: 4}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"from":{"num":1,"den":2},"to":{"num":1,"den":4}}`, string(b))
	b, err = json.Marshal(lawgov.RelativeChange{From: 2733, To: 3116})
	require.NoError(t, err)
	assert.JSONEq(t, `{"from":2733,"to":3116}`, string(b))
}

// TestPercentSharedResults checks that results shared between calls (the
// table of small percentages) are not changed by arithmetic on a result.
func TestPercentSharedResults(t *testing.T) {
	r := lawgov.Rate{Num: 155, Den: 1015}
	p, err := r.Percent(2, lawgov.HalfUp)
	require.NoError(t, err)
	_ = p.Neg()
	_ = p.Add(decimal.NewFromInt(1))
	_ = p.Mul(decimal.NewFromInt(3))
	_ = p.Round(0)
	c := p.Coefficient()
	c.SetInt64(999)
	var q decimal.Decimal
	require.NoError(t, q.UnmarshalJSON([]byte(`"1.5"`)))
	again, err := r.Percent(2, lawgov.HalfUp)
	require.NoError(t, err)
	assertDec(t, "15.27", again)
	assertDec(t, "15.27", p)
	assert.Equal(t, int32(-2), again.Exponent())
	for places := int32(0); places <= 3; places++ {
		for _, rr := range []lawgov.Rate{{Num: 0, Den: 7}, {Num: 7, Den: 7}, {Num: 3, Den: 7}} {
			got, err := rr.Percent(places, lawgov.HalfUp)
			require.NoError(t, err)
			assert.Equal(t, exactPercent(rr.Num, rr.Den, places, lawgov.HalfUp).String(), got.String())
			assert.Equal(t, -places, got.Exponent())
		}
	}
}

// TestPointsOfPrintedRates: 调解率 2/56 = 3.571…% prints 3.6%, 5/72 =
// 6.944…% prints 6.9%; the exact change is 3.37 points (3.4), but a reader
// subtracting the printed figures gets 3.3, and the report must agree.
func TestPointsOfPrintedRates(t *testing.T) {
	c := lawgov.PointChange{From: lawgov.Rate{Num: 2, Den: 56}, To: lawgov.Rate{Num: 5, Den: 72}}
	assert.Equal(t, "上升3.4个百分点", c.Chinese(1, lawgov.HalfUp))
	assert.Equal(t, "上升3.3个百分点", c.ChineseOfRounded(1, lawgov.HalfUp))
	assert.Equal(t, "下降3.3个百分点", lawgov.PointChange{From: c.To, To: c.From}.ChineseOfRounded(1, lawgov.HalfUp))
	assert.Equal(t, "持平", lawgov.PointChange{From: lawgov.Rate{Num: 1, Den: 3}, To: lawgov.Rate{Num: 333, Den: 1000}}.ChineseOfRounded(1, lawgov.HalfUp))
	assert.Equal(t, "无可比数据", lawgov.PointChange{To: c.To}.ChineseOfRounded(1, lawgov.HalfUp))
}
