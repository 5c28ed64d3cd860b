package casework_test

import (
	"encoding"
	"fmt"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type enumValue interface {
	~uint8
	fmt.Stringer
	encoding.TextMarshaler
	Label() string
	IsValid() bool
}

// checkEnum checks every defined value of an enumeration: values lists
// them all, 1 to n, codes are unique, labels non-empty, text round-trips,
// and out-of-range values render and fail to marshal.
func checkEnum[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, name string, values []T, outOfRange T) {
	t.Helper()
	require.NotEmpty(t, values, name)
	assert.False(t, T(len(values)+1).IsValid(), "%s: values misses %d", name, len(values)+1)
	seen := map[string]bool{}
	for i, v := range values {
		assert.Equal(t, T(i+1), v, "%s: values out of order", name)
		assert.True(t, v.IsValid(), "%s %v", name, v)
		code := v.String()
		assert.False(t, seen[code], "%s: repeated code %q", name, code)
		seen[code] = true
		assert.NotEmpty(t, v.Label(), "%s %s", name, code)
		b, err := v.MarshalText()
		require.NoError(t, err)
		var back T
		require.NoError(t, P(&back).UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	assert.False(t, outOfRange.IsValid())
	assert.True(t, strings.Contains(outOfRange.String(), "("), outOfRange.String())
	assert.Empty(t, outOfRange.Label())
	_, err := outOfRange.MarshalText()
	assert.ErrorContains(t, err, fmt.Sprintf(" %d", uint8(outOfRange)))
	assert.ErrorContains(t, err, "casework: invalid ")
	var x T
	assert.ErrorContains(t, P(&x).UnmarshalText([]byte("no-such-code")), `casework: unknown `)
	assert.ErrorContains(t, P(&x).UnmarshalText([]byte("no-such-code")), `"no-such-code"`)
}

func TestEnums(t *testing.T) {
	checkEnum(t, "Kind", []casework.Kind{casework.KindReconsideration, casework.KindLitigation}, casework.Kind(9))
	checkEnum(t, "Instance", []casework.Instance{casework.FirstInstance, casework.SecondInstance, casework.Retrial}, casework.Instance(9))
	checkEnum(t, "Procedure", []casework.Procedure{casework.Ordinary, casework.Simplified}, casework.Procedure(9))
	checkEnum(t, "ReconsiderationOutcome", casework.ReconsiderationOutcomes(), casework.ReconsiderationOutcome(30))
	checkEnum(t, "LitigationOutcome", casework.LitigationOutcomes(), casework.LitigationOutcome(30))
	checkEnum(t, "Class", casework.AllClasses(), casework.Class(9))
	checkEnum(t, "Role", []casework.Role{casework.Principal, casework.Deputy, casework.DeputyLevelInCharge, casework.OtherInCharge,
		casework.Staff, casework.Lawyer, casework.EntrustedHead, casework.SubordinateHead}, casework.Role(20))
	var ms []casework.Measure
	for m := casework.Received; m <= casework.Appeared; m++ {
		ms = append(ms, m)
	}
	checkEnum(t, "Measure", ms, casework.Measure(20))
	checkEnum(t, "ChangeForm", []casework.ChangeForm{casework.Relative, casework.Points, casework.Ambiguous}, casework.ChangeForm(9))
	checkEnum(t, "SuspensionReason", []casework.SuspensionReason{casework.ApplicantDied, casework.ApplicantIncapacitated,
		casework.ApplicantMissing, casework.ApplicantDissolved, casework.SuspensionOther}, casework.SuspensionReason(9))
	checkEnum(t, "AppearanceGround", []casework.AppearanceGround{casework.PublicInterest, casework.HighPublicConcern,
		casework.MassIncidentRisk, casework.CourtRequest}, casework.AppearanceGround(9))
	checkEnum(t, "ExtensionReading", []casework.ExtensionReading{casework.ExtendFromPeriodEnd, casework.ExtendFromAcceptance}, casework.ExtensionReading(9))

	assert.Less(t, int(casework.ReconsiderationOther), casework.OutcomeSlots)
	assert.Less(t, int(casework.LitigationOther), casework.OutcomeSlots)
	o, err := casework.ParseReconsiderationOutcome("revoke")
	require.NoError(t, err)
	assert.Equal(t, casework.Revoke, o)
	assert.Equal(t, "《中华人民共和国行政复议法》第六十四条", o.Basis().String())
	assert.True(t, casework.ReconsiderationOther.Basis().IsZero())
	lo, err := casework.ParseLitigationOutcome("annul")
	require.NoError(t, err)
	assert.Equal(t, casework.Annul, lo)
}

// TestClasses checks the default classification of RULES §3.2 and §3.3 and
// that the R-marked one is a parameter.
func TestClasses(t *testing.T) {
	c := casework.DefaultClasses()
	tests := []struct {
		name  string
		basis string
		got   casework.Class
		want  casework.Class
	}{
		{"变更 is a direct correction", "行政复议法 第六十三条", c.Reconsideration(casework.Vary), casework.ClassDirectCorrection},
		{"确认无效 is a direct correction", "行政复议法 第六十七条", c.Reconsideration(casework.ConfirmVoid), casework.ClassDirectCorrection},
		{"维持 is none", "行政复议法 第六十八条", c.Reconsideration(casework.Uphold), casework.ClassNone},
		{"和解 is mediation", "行政复议法 第七十四条", c.Reconsideration(casework.Settled), casework.ClassMediation},
		{"撤回 is withdrawal", "行政复议法 第四十一条", c.Reconsideration(casework.Withdrawn), casework.ClassWithdrawal},
		{"行政协议 defaults to direct correction (R)", "行政复议法 第七十一条", c.Reconsideration(casework.AgreementRemedy), casework.ClassDirectCorrection},
		{"判决撤销 is a loss", "行政诉讼法 第七十条", c.Litigation(casework.Annul), casework.ClassLoss},
		{"驳回起诉 is not a loss", "行诉解释 第六十九条", c.Litigation(casework.DismissSuit), casework.ClassNone},
		{"撤诉 is withdrawal", "行政诉讼法 第六十二条", c.Litigation(casework.SuitWithdrawn), casework.ClassWithdrawal},
		{"pending has no class", "", c.Reconsideration(casework.ReconsiderationPending), casework.ClassUnspecified},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got, tt.basis) })
	}
	o := c.WithReconsideration(casework.AgreementRemedy, casework.ClassNone)
	assert.Equal(t, casework.ClassNone, o.Reconsideration(casework.AgreementRemedy))
	assert.Equal(t, casework.ClassDirectCorrection, c.Reconsideration(casework.AgreementRemedy), "copy unchanged")
	assert.Equal(t, o, o.WithReconsideration(casework.Revoke, casework.Class(99)), "invalid class ignored")

	// A host's definition with the override counts 行政协议 remedies out of 纠错率.
	tl := tallyOf(rc(t, casework.AgreementRemedy, 3), rc(t, casework.Revoke, 1), rc(t, casework.Uphold, 6))
	d := def(t, "reconsideration.correction-rate")
	assert.Equal(t, int64(4), apply(t, d, &tl).Num)
	d.Policy = o
	assert.Equal(t, int64(1), apply(t, d, &tl).Num)
}
