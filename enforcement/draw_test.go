package enforcement_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// drawRegistry holds n active inspectors in three units, one removed and
// one suspended officer.
func drawRegistry(t testing.TB, n int) *enforcement.Registry {
	var os []enforcement.Officer
	for i := 0; i < n; i++ {
		os = append(os, activeOfficer(fmt.Sprintf("I%02d", i), fmt.Sprintf("U%d", i%3)))
	}
	removed := twiceFailed("R1", "U0")
	susp := activeOfficer("S1", "U1")
	susp.History = append(susp.History, ev(enforcement.Suspended, "2024-01-01"))
	os = append(os, removed, susp)
	return newRegistry(t, os...)
}

func roster(n int) []enforcement.Target {
	ts := make([]enforcement.Target, n)
	for i := range ts {
		ts[i] = enforcement.Target{ID: fmt.Sprintf("T%03d", i), Name: fmt.Sprintf("商户%d", i)}
	}
	return ts
}

func TestDrawBasics(t *testing.T) {
	reg := drawRegistry(t, 6)
	req := enforcement.DrawRequest{Seed: 20240601, Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市",
		Targets: append(roster(40), enforcement.Target{ID: "T999", Unit: "U0"}), Ratio: lawgov.Rate{Num: 5, Den: 100},
		Conflicts: []enforcement.Conflict{{Officer: "I00", Target: "T001"}}}
	res, err := reg.Draw(req)
	require.NoError(t, err)
	assert.Equal(t, 3, res.Count, "ceil(41 × 5/100) = 3")
	assert.Len(t, res.Assignments, 3)
	assert.Len(t, res.Pool, 6, "the removed and the suspended officer are not in the pool")
	assert.Equal(t, "赤壁市2019", res.RuleSet)
	// The draw is a pure function of its inputs: these values pin the
	// digest, the ChaCha8 stream and the shuffle, so that a change to any
	// of them (which would break re-running published draws) fails here.
	assert.Equal(t, "0a3ce3de07dec209ac1c298484ec535fdf4f713e413148c81a6a50b6958eca7d", res.Digest)
	assert.Equal(t, []enforcement.Assignment{
		{Target: "T022", Inspectors: []string{"I02", "I04"}},
		{Target: "T025", Inspectors: []string{"I00", "I03"}},
		{Target: "T034", Inspectors: []string{"I00", "I04"}},
	}, res.Assignments)
	require.NoError(t, enforcement.Verify(res))

	tampered := res
	tampered.Assignments = slices.Clone(res.Assignments)
	tampered.Assignments[0] = enforcement.Assignment{Target: res.Assignments[0].Target, Inspectors: []string{"I98", "I99"}}
	assert.ErrorContains(t, enforcement.Verify(tampered), "assignment 0 is "+res.Assignments[0].Target+" [I98 I99]")
	tampered = res
	tampered.Seed++
	assert.ErrorContains(t, enforcement.Verify(tampered), "assignment")

	_, err = reg.Draw(enforcement.DrawRequest{Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市", Targets: roster(3), Count: 4})
	assert.EqualError(t, err, "enforcement: draw 4 targets: roster has 3")
	_, err = reg.Draw(enforcement.DrawRequest{Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市", Targets: roster(3), Count: 1, PerTarget: 1})
	assert.EqualError(t, err, "enforcement: draw 1 inspectors per target: want at least 2", "行政处罚法 第四十二条: at least two")
	_, err = reg.Draw(enforcement.DrawRequest{Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市", Targets: roster(3), Count: 1, PerTarget: 7})
	assert.ErrorContains(t, err, "6 eligible inspectors without conflicts, want 7")
}

func TestDrawProperties(t *testing.T) {
	reg := drawRegistry(t, 9)
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 30).Draw(t, "targets")
		ts := roster(n)
		for i := range ts {
			ts[i].Unit = rapid.SampledFrom([]string{"", "U0", "U1", "U2", "X"}).Draw(t, "unit")
		}
		var conflicts []enforcement.Conflict
		for i := rapid.IntRange(0, 2).Draw(t, "nconf"); i > 0; i-- {
			conflicts = append(conflicts, enforcement.Conflict{
				Officer: fmt.Sprintf("I%02d", rapid.IntRange(0, 8).Draw(t, "co")),
				Target:  fmt.Sprintf("T%03d", rapid.IntRange(0, n-1).Draw(t, "ct"))})
		}
		req := enforcement.DrawRequest{Seed: rapid.Uint64().Draw(t, "seed"), Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市",
			Targets: ts, Conflicts: conflicts, PerTarget: rapid.IntRange(2, 3).Draw(t, "per")}
		if rapid.Bool().Draw(t, "ratio") {
			req.Ratio = lawgov.Rate{Num: int64(rapid.IntRange(0, 100).Draw(t, "num")), Den: 100}
		} else {
			req.Count = rapid.IntRange(0, n).Draw(t, "count")
		}
		res, err := reg.Draw(req)
		require.NoError(t, err)
		want := req.Count
		if !req.Ratio.IsUndefined() {
			want = int((int64(n)*req.Ratio.Num + 99) / 100)
		}
		assert.Equal(t, want, len(res.Assignments), "size as asked")
		seen := map[string]bool{}
		for _, a := range res.Assignments {
			assert.False(t, seen[a.Target], "duplicate target")
			seen[a.Target] = true
			assert.Len(t, a.Inspectors, req.PerTarget)
			assert.True(t, slices.IsSorted(a.Inspectors))
			assert.Len(t, slices.Compact(slices.Clone(a.Inspectors)), req.PerTarget, "duplicate inspector")
			var target enforcement.Target
			for _, tt := range ts {
				if tt.ID == a.Target {
					target = tt
				}
			}
			for _, id := range a.Inspectors {
				can, err := reg.CanEnforce(id, req.Date, req.Field, req.Region)
				require.NoError(t, err)
				assert.True(t, can.OK, "only eligible inspectors")
				assert.False(t, target.Unit != "" && can.Status.Unit == target.Unit, "same unit")
				assert.NotContains(t, conflicts, enforcement.Conflict{Officer: id, Target: a.Target})
			}
		}
		// Any input order gives the same result.
		shuffled := req
		shuffled.Targets = slices.Clone(ts)
		shuffled.Conflicts = slices.Clone(conflicts)
		perm := rapid.Permutation(shuffled.Targets).Draw(t, "perm")
		shuffled.Targets = perm
		slices.Reverse(shuffled.Conflicts)
		again, err := reg.Draw(shuffled)
		require.NoError(t, err)
		assert.Equal(t, res, again)
		require.NoError(t, enforcement.Verify(res))
	})
}

// TestDrawUniform draws 3 of 12 targets with 3000 fixed seeds and checks
// that every target is drawn about equally often: a chi-square statistic
// over 11 degrees of freedom below 31.26 (the 0.1% critical value). The
// seeds are fixed, so the test is deterministic.
func TestDrawUniform(t *testing.T) {
	reg := drawRegistry(t, 4)
	const targets, k, runs = 12, 3, 3000
	counts := make(map[string]int)
	for seed := uint64(1); seed <= runs; seed++ {
		res, err := reg.Draw(enforcement.DrawRequest{Seed: 7_000_000 + seed, Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市",
			Targets: roster(targets), Count: k})
		require.NoError(t, err)
		for _, a := range res.Assignments {
			counts[a.Target]++
		}
	}
	expected := runs * k / targets // 750
	chi2x := 0                     // chi-square × expected, exact in integers
	for i := 0; i < targets; i++ {
		diff := counts[fmt.Sprintf("T%03d", i)] - expected
		chi2x += diff * diff
	}
	// chi² = Σ(o−e)²/e < 31.26  ⇔  Σ(o−e)² < 31.26·e
	assert.Less(t, chi2x*100, 3126*expected, "counts %v", counts)
}

// TestDrawTamper checks that a draw is verified against the
// registry, not only against itself (优化营商环境条例 第五十四条: 随机抽取检查对象、
// 随机选派执法检查人员): a forged pool with a recomputed digest, a renamed
// target and an empty target ID are all rejected.
func TestDrawTamper(t *testing.T) {
	reg := drawRegistry(t, 6)
	req := enforcement.DrawRequest{Seed: 7, Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市", Targets: roster(20), Count: 4}
	res, err := reg.Draw(req)
	require.NoError(t, err)
	require.NoError(t, reg.VerifyDraw(res))

	// A forged pool: the suspended officer S1 put in, the draw re-run so
	// that its digest and assignments are consistent.
	forged, err := reg.Draw(req)
	require.NoError(t, err)
	forged.Pool = append(slices.Clone(forged.Pool), enforcement.Inspector{ID: "S1", Unit: "U1"})
	forged.Digest = ""
	forged = rerun(t, forged)
	require.NoError(t, enforcement.Verify(forged), "the forgery is consistent with itself")
	assert.EqualError(t, reg.VerifyDraw(forged), `enforcement: verify draw "`+forged.Digest+`": pool differs from the registry as of 2024-06-01: not eligible or changed [S1], eligible but missing []`)

	// A target renamed after the draw: the names are in the digest.
	renamed := res
	renamed.Targets = slices.Clone(res.Targets)
	renamed.Targets[0].Name = "另一商户"
	assert.ErrorContains(t, enforcement.Verify(renamed), "inputs hash to")

	// An officer suspended with a back-dated event recorded after the draw.
	require.NoError(t, reg.Apply("I03", enforcement.Event{Kind: enforcement.Suspended, Date: d("2024-05-20"), Decision: "赤司执〔2024〕3号"}))
	assert.ErrorContains(t, reg.VerifyDraw(res), "not eligible or changed [I03]")

	_, err = reg.Draw(enforcement.DrawRequest{Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市", Targets: []enforcement.Target{{Name: "无编号"}}, Count: 1})
	assert.EqualError(t, err, `enforcement: draw target "无编号": empty ID`)
	_, err = reg.Draw(enforcement.DrawRequest{Date: d("2024-06-01"), Field: "市场监管", Region: "赤壁市", Targets: []enforcement.Target{{ID: "T\xff"}}, Count: 1})
	assert.ErrorContains(t, err, "not valid UTF-8")
	other := res
	other.RuleSet = "其他"
	assert.ErrorContains(t, reg.VerifyDraw(other), `taken under rule set "其他"`)
}

// rerun recomputes a draw's digest and assignments from its inputs, as a
// forger would.
func rerun(t *testing.T, res enforcement.DrawResult) enforcement.DrawResult {
	t.Helper()
	return enforcement.ForgeAssignments(res)
}
