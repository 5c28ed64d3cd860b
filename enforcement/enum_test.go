package enforcement_test

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type enumValue interface {
	fmt.Stringer
	encoding.TextMarshaler
	Label() string
	IsValid() bool
}

func checkEnum[T enumValue](t *testing.T, name string, max int, conv func(int) T, parse func(T) (T, error)) {
	t.Run(name, func(t *testing.T) {
		codes := map[string]bool{}
		for i := 1; i <= max; i++ {
			v := conv(i)
			require.True(t, v.IsValid(), "%s(%d)", name, i)
			assert.False(t, codes[v.String()], "duplicate code %s", v)
			codes[v.String()] = true
			assert.NotEmpty(t, v.Label())
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, v.String(), string(b))
			back, err := parse(v)
			require.NoError(t, err)
			assert.Equal(t, v, back)
		}
		out := conv(max + 1)
		assert.False(t, out.IsValid())
		assert.Equal(t, fmt.Sprintf("%s(%d)", name, max+1), out.String())
		_, err := out.MarshalText()
		assert.ErrorContains(t, err, fmt.Sprint(max+1))
		zero := conv(0)
		assert.False(t, zero.IsValid())
		b, err := zero.MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
	})
}

func roundTrip[T any, P interface {
	*T
	encoding.TextUnmarshaler
}](v enumValue) (T, error) {
	var out T
	b, _ := v.MarshalText()
	err := P(&out).UnmarshalText(b)
	return out, err
}

func TestEnums(t *testing.T) {
	checkEnum(t, "EmploymentType", 7, func(i int) enforcement.EmploymentType { return enforcement.EmploymentType(i) },
		func(v enforcement.EmploymentType) (enforcement.EmploymentType, error) {
			return roundTrip[enforcement.EmploymentType](v)
		})
	checkEnum(t, "EventKind", 12, func(i int) enforcement.EventKind { return enforcement.EventKind(i) },
		func(v enforcement.EventKind) (enforcement.EventKind, error) {
			return roundTrip[enforcement.EventKind](v)
		})
	checkEnum(t, "Consequence", 2, func(i int) enforcement.Consequence { return enforcement.Consequence(i) },
		func(v enforcement.Consequence) (enforcement.Consequence, error) {
			return roundTrip[enforcement.Consequence](v)
		})
	checkEnum(t, "State", 9, func(i int) enforcement.State { return enforcement.State(i) },
		func(v enforcement.State) (enforcement.State, error) { return roundTrip[enforcement.State](v) })
	checkEnum(t, "ActionKind", 4, func(i int) enforcement.ActionKind { return enforcement.ActionKind(i) },
		func(v enforcement.ActionKind) (enforcement.ActionKind, error) {
			return roundTrip[enforcement.ActionKind](v)
		})
	checkEnum(t, "Stage", 6, func(i int) enforcement.Stage { return enforcement.Stage(i) },
		func(v enforcement.Stage) (enforcement.Stage, error) { return roundTrip[enforcement.Stage](v) })
	checkEnum(t, "Exemption", 3, func(i int) enforcement.Exemption { return enforcement.Exemption(i) },
		func(v enforcement.Exemption) (enforcement.Exemption, error) {
			return roundTrip[enforcement.Exemption](v)
		})
	checkEnum(t, "MeasureKind", 5, func(i int) enforcement.MeasureKind { return enforcement.MeasureKind(i) },
		func(v enforcement.MeasureKind) (enforcement.MeasureKind, error) {
			return roundTrip[enforcement.MeasureKind](v)
		})
	checkEnum(t, "PartyKind", 2, func(i int) enforcement.PartyKind { return enforcement.PartyKind(i) },
		func(v enforcement.PartyKind) (enforcement.PartyKind, error) {
			return roundTrip[enforcement.PartyKind](v)
		})
	checkEnum(t, "SanctionKind", 14, func(i int) enforcement.SanctionKind { return enforcement.SanctionKind(i) },
		func(v enforcement.SanctionKind) (enforcement.SanctionKind, error) {
			return roundTrip[enforcement.SanctionKind](v)
		})

	var k enforcement.EventKind
	assert.EqualError(t, k.UnmarshalText([]byte("party")), `enforcement: unknown event kind "party"`)
	assert.Len(t, enforcement.States(), 9)
	for _, s := range []string{"contract", "temporary", "labour_dispatch", "service_worker", "secondee"} {
		e, err := enforcement.ParseEmploymentType(s)
		require.NoError(t, err)
		assert.False(t, e.Eligible(), "河南省行政执法条例 第二十条: %s", s)
	}
}

func TestRulesCatalogue(t *testing.T) {
	rules := enforcement.Rules()
	ids := map[string]bool{}
	byID := map[string][]string{}
	for _, r := range rules {
		require.NoError(t, r.Validate())
		assert.False(t, ids[string(r.ID)], "duplicate %s", r.ID)
		ids[string(r.ID)] = true
		for _, c := range r.Basis {
			byID[string(r.ID)] = append(byID[string(r.ID)], c.String())
		}
	}
	// Check reports in catalogue order.
	order := make([]lawgov.RuleID, len(rules))
	for i, r := range rules {
		order[i] = r.ID
	}
	for _, a := range []enforcement.Action{basePenalty(), baseSeizure()} {
		rep, err := enforcement.Check(a, d("2024-12-01"), actionRegistry(t), nil)
		require.NoError(t, err)
		var got []lawgov.RuleID
		for _, f := range rep.Findings {
			if len(got) == 0 || got[len(got)-1] != f.Rule {
				got = append(got, f.Rule)
			}
		}
		assert.Equal(t, order[len(order)-len(got):], got, a.ID)
	}
	rules[0].ID = "changed"
	assert.NotEqual(t, "changed", string(enforcement.Rules()[0].ID), "Rules returns a copy")

	// Every finding carries its rule's basis.
	reg := actionRegistry(t)
	rep, err := enforcement.Check(basePenalty(), d("2024-07-01"), reg, nil)
	require.NoError(t, err)
	findings := rep.Findings
	o := activeOfficer("A1", "u")
	o.History = append(o.History, ev(enforcement.InformationChanged, "2024-03-02"))
	st, err := enforcement.Chibi().StatusAt(o, d("2024-04-02"))
	require.NoError(t, err)
	findings = append(findings, st.Findings()...)
	// The coercive-measure and inspection families, and a late report.
	for _, a := range []enforcement.Action{baseSeizure(), {ID: "检", Kind: enforcement.Inspection, Field: "市场监管", Region: "赤壁市", Date: d("2024-09-19"),
		Officers: []string{"A1", "A2"}, Inspection: &enforcement.RandomInspection{TargetDrawn: true, Ended: d("2024-09-20")}}} {
		rep, err := enforcement.Check(a, d("2024-12-01"), reg, nil)
		require.NoError(t, err)
		findings = append(findings, rep.Findings...)
	}
	o.History = append(o.History, ev(enforcement.ChangeReported, "2024-04-10"))
	st, err = enforcement.Chibi().StatusAt(o, d("2024-04-10"))
	require.NoError(t, err)
	require.Equal(t, 1, st.LateReports)
	findings = append(findings, st.Findings()...)
	for _, f := range findings {
		want, ok := byID[string(f.Rule)]
		require.True(t, ok, "rule %s not in catalogue", f.Rule)
		var got []string
		for _, c := range f.Basis {
			got = append(got, c.String())
		}
		assert.Equal(t, want, got, f.Rule)
	}
	assert.Equal(t, "《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号）第(十六)项", byID["enforcement.change-report"][0])
}

func TestRuleSetValidate(t *testing.T) {
	require.NoError(t, enforcement.Chibi().Validate())
	var nilRS *enforcement.RuleSet
	assert.EqualError(t, nilRS.Validate(), "enforcement: validate rule set: nil")
	assert.EqualError(t, (&enforcement.RuleSet{}).Validate(), `enforcement: validate rule set "": empty name`)
	rs := enforcement.Chibi()
	rs.Exams.MaxFailures = 0
	assert.ErrorContains(t, rs.Validate(), "exams: want a positive failure count")
	rs = enforcement.Chibi()
	rs.CredentialValidity = enforcement.PeriodRule{Period: rs.PublicityPenalty.Period, Basis: rs.PublicityPenalty.Basis}
	assert.ErrorContains(t, rs.Validate(), "working days")
}

func TestRuleSetParameters(t *testing.T) {
	rs := enforcement.Chibi()
	assert.Equal(t, "20个工作日", rs.InspectionPublicity.Period.String())
	assert.Equal(t, "冀政办发〔2015〕22号", rs.InspectionPublicity.Basis.Document)
	rs.InspectionPublicity = enforcement.PeriodRule{}
	assert.ErrorContains(t, rs.Validate(), "inspection publicity missing")
	rs = enforcement.Chibi()
	rs.LargeAmount = enforcement.FineLimits{Citizen: enforcement.SimpleProcedureLimits().Citizen}
	assert.ErrorContains(t, rs.Validate(), "large amount: want positive amounts and a basis")
	l := enforcement.SimpleProcedureLimits()
	assert.Equal(t, "200", l.For(enforcement.Citizen).String())
	assert.Equal(t, "3000", l.For(enforcement.Organisation).String())
	assert.Equal(t, "《中华人民共和国行政处罚法》第五十一条", l.Basis.String())
}
