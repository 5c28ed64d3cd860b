package casework_test

import (
	"encoding/json"
	"math"
	"math/big"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// TestMergeOverflow: MaxInt64 + MaxInt64 is an error naming the
// counter, and the tally is left as it was.
func TestMergeOverflow(t *testing.T) {
	var a, b casework.Tally
	a.Reconsideration.Received, b.Reconsideration.Received = math.MaxInt64, math.MaxInt64
	a.Litigation.Concluded = 7
	before := a
	err := a.Merge(b)
	require.ErrorIs(t, err, casework.ErrOverflow)
	assert.EqualError(t, err, "casework: merge reconsideration.received: 9223372036854775807 + 9223372036854775807 overflows int64")
	assert.Equal(t, before, a, "unchanged")

	// A base that does not fit is an error, not a negative count.
	var tl casework.Tally
	tl.Reconsideration.Received, tl.Reconsideration.CarriedOver, tl.Reconsideration.Concluded = math.MaxInt64, 1, 5
	_, err = def(t, "reconsideration.closing-rate-received").Apply(&tl)
	require.ErrorIs(t, err, casework.ErrOverflow)
	assert.EqualError(t, err, "casework: apply reconsideration.closing-rate-received: base: casework: sum received+carried_over: 9223372036854775807 + 1 overflows int64")
	tl.Reconsideration.Outcomes[casework.NotAccepted] = -1
	_, err = def(t, "reconsideration.closing-rate").Apply(&tl)
	require.ErrorIs(t, err, casework.ErrOverflow, "a negative count set by hand")
}

func TestPropertyMergeOverflow(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var a, b casework.Tally
		near := rapid.Int64Range(math.MaxInt64-3, math.MaxInt64)
		small := rapid.Int64Range(0, 3)
		pick := func(label string) int64 {
			if rapid.Bool().Draw(t, label+".big") {
				return near.Draw(t, label)
			}
			return small.Draw(t, label)
		}
		a.Litigation.Heard, b.Litigation.Heard = pick("a.heard"), pick("b.heard")
		a.Reconsideration.Outcomes[casework.Uphold], b.Reconsideration.Outcomes[casework.Uphold] = pick("a.uphold"), pick("b.uphold")
		before := a
		err := a.Merge(b)
		fits := func(x, y int64) bool {
			return new(big.Int).Add(big.NewInt(x), big.NewInt(y)).IsInt64()
		}
		ok := fits(before.Litigation.Heard, b.Litigation.Heard) &&
			fits(before.Reconsideration.Outcomes[casework.Uphold], b.Reconsideration.Outcomes[casework.Uphold])
		switch {
		case ok && err != nil:
			t.Fatalf("merge of sums that fit failed: %v", err)
		case !ok && err == nil:
			t.Fatalf("merge wrapped: %+v", a)
		case !ok && a != before:
			t.Fatal("a failed merge changed the tally")
		case ok && a.Litigation.Heard != before.Litigation.Heard+b.Litigation.Heard:
			t.Fatal("wrong sum")
		}
	})
}

// TestPublishedAtTheLimits: the figure checks are exact for any
// int64 counts and never answer "nothing fits" for arithmetic reasons.
func TestPublishedAtTheLimits(t *testing.T) {
	const maxI = math.MaxInt64
	// 50% of MaxInt64 (odd): k/MaxInt64 ≥ 49.5% from k = ⌈0.495·MaxInt64⌉.
	r := casework.Numerators(dec("50"), maxI, lawgov.HalfUp)
	require.False(t, r.Empty())
	for _, k := range []int64{r.Lo, r.Hi} {
		assert.Equal(t, "50", mustPercent(t, lawgov.Rate{Num: k, Den: maxI}, 0).String())
	}
	assert.Equal(t, "49", mustPercent(t, lawgov.Rate{Num: r.Lo - 1, Den: maxI}, 0).String())
	assert.Equal(t, "51", mustPercent(t, lawgov.Rate{Num: r.Hi + 1, Den: maxI}, 0).String())
	assert.Equal(t, casework.Range{Lo: maxI, Hi: maxI}, casework.Numerators(dec("100"), maxI, lawgov.Truncate))

	// No change to MaxInt64, to four places: the range ends at MaxInt64
	// and its bounds are exact.
	z := casework.PriorCounts(dec("0.0000"), maxI, lawgov.HalfUp)
	assert.Equal(t, int64(maxI), z.Hi)
	for p, want := range map[int64]string{z.Lo: "0.0000", z.Lo - 1: "0.0001"} {
		c, err := lawgov.RelativeChange{From: p, To: maxI}.Percent(4, lawgov.HalfUp)
		require.NoError(t, err)
		assert.Equal(t, want, c.StringFixed(4), "prior %d", p)
	}
	// A fall of 50% to MaxInt64/2: prior counts around MaxInt64, beyond the old MaxInt64/4 bound.
	p := casework.PriorCounts(dec("-50"), maxI/2, lawgov.HalfUp)
	require.False(t, p.Empty())
	assert.Equal(t, int64(maxI), p.Hi)
	// Every prior count of a current 0 is a fall of 100%.
	assert.Equal(t, casework.Range{Lo: 1, Hi: maxI}, casework.PriorCounts(dec("-100"), 0, lawgov.HalfUp))
}

func mustPercent(t *testing.T, r lawgov.Rate, places int32) interface{ String() string } {
	t.Helper()
	p, err := r.Percent(places, lawgov.HalfUp)
	require.NoError(t, err)
	return p
}

// TestDefinitionJSON: every shipped definition round-trips through
// its JSON form, which names outcomes, classes and measures by code.
func TestDefinitionJSON(t *testing.T) {
	custom := def(t, "reconsideration.correction-rate")
	custom.ID, custom.Name = "host.correction-rate", "纠错率（行政协议不计）"
	custom.Policy = custom.Policy.WithReconsideration(casework.AgreementRemedy, casework.ClassNone)
	for _, x := range append(casework.Definitions(), custom) {
		b, err := json.Marshal(x)
		require.NoError(t, err)
		var back casework.Definition
		require.NoError(t, json.Unmarshal(b, &back), string(b))
		assert.Equal(t, x, back, string(b))
	}
	b, err := json.Marshal(def(t, "reconsideration.uphold-rate-with-rejections"))
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"reconsideration.uphold-rate-with-rejections","name":"维持率（含驳回复议请求）","kind":"reconsideration",
		"outcomes":["uphold","reject_claim"],"base":["concluded"],
		"source":[{"instrument":"中华人民共和国行政复议法","version":"2023-09-01","article":68},{"instrument":"中华人民共和国行政复议法","version":"2023-09-01","article":69}],
		"note":"（决定维持＋驳回复议请求）÷审结数；两者都是复议机关支持被申请人，省级统计常合并计为维持",
		"formula":"（维持＋驳回复议请求）÷审结数"}`, string(b))
	b, _ = json.Marshal(custom)
	assert.Contains(t, string(b), `"policy":{"agreement_remedy":"none"}`)

	var x casework.Definition
	err = json.Unmarshal([]byte(`{"id":"h","name":"n","kind":"litigation","outcomes":["annul","revoke"],
		"classes":["loss","nope"],"base":["concluded","decided_on_merits"],"policy":{"annul":"winner"},"source":[]}`), &x)
	assert.Equal(t, []string{"base[1]:kind", "classes[1]:oneof", "outcomes[1]:oneof", "policy.annul:oneof", "source:required"}, fieldNames(t, err))
	err = json.Unmarshal([]byte(`{"id":"h","name":"n","kind":"reconsideration","base":["concluded"],"source":[{"instrument":"x"}],"extra":1}`), &x)
	require.Error(t, err, "unknown fields are rejected")
	err = json.Unmarshal([]byte(`{"id":"h","name":"n","kind":"reconsideration","outcomes":"uphold","base":["concluded"],"source":[{"instrument":"x"}]}`), &x)
	assert.Equal(t, []string{"outcomes:type"}, fieldNames(t, err))
	assert.Equal(t, casework.Definition{}, x, "unchanged on error")
}

func TestDefinitionFormula(t *testing.T) {
	for id, want := range map[string]string{
		"reconsideration.correction-rate":        "（变更＋撤销＋撤销并责令重作＋确认违法＋责令履行＋确认无效＋行政协议责任）÷审结数",
		"reconsideration.closing-rate":           "审结数（不含不予受理、逾期不补正）÷（上年结转数＋受理数）",
		"reconsideration.closing-rate-received":  "审结数÷（收案数＋上年结转数）",
		"reconsideration.correction-rate-merits": "（变更＋撤销＋撤销并责令重作＋确认违法＋责令履行＋确认无效＋行政协议责任）÷作出复议决定数（不含驳回申请）",
		"litigation.appearance-rate":             "负责人出庭数÷开庭审理数",
	} {
		assert.Equal(t, want, def(t, id).Formula(), id)
	}
}
