package decision

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type enumValue interface {
	fmt.Stringer
	encoding.TextMarshaler
	Label() string
	IsValid() bool
}

// checkEnum loops over every value of an enumeration: codes unique, labels
// non-empty, text round-trips, out-of-range values render.
func checkEnum[T interface {
	~uint8
	enumValue
}, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, name string, n int) {
	t.Run(name, func(t *testing.T) {
		codes := map[string]bool{}
		for i := 1; i <= n; i++ {
			v := T(i)
			require.True(t, v.IsValid(), "%s(%d)", name, i)
			assert.NotEmpty(t, v.Label())
			assert.False(t, codes[v.String()], "duplicate code %s", v.String())
			codes[v.String()] = true
			b, err := v.MarshalText()
			require.NoError(t, err)
			var back T
			require.NoError(t, P(&back).UnmarshalText(b))
			assert.Equal(t, v, back)
		}
		var zero T
		assert.False(t, zero.IsValid())
		b, err := zero.MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
		out := T(n + 1)
		assert.False(t, out.IsValid())
		assert.Equal(t, fmt.Sprintf("%s(%d)", name, n+1), out.String())
		_, err = out.MarshalText()
		require.Error(t, err)
		assert.Regexp(t, fmt.Sprintf(`^decision: invalid [a-z ]+ %d$`, n+1), err.Error())
		var x T
		err = P(&x).UnmarshalText([]byte("no-such-code"))
		require.Error(t, err)
		assert.Regexp(t, `^decision: unknown [a-z ]+ "no-such-code"$`, err.Error())
	})
}

func TestEnums(t *testing.T) {
	checkEnum[BodyLevel](t, "BodyLevel", 5)
	checkEnum[Applicability](t, "Applicability", 3)
	checkEnum[MatterType](t, "MatterType", 5)
	checkEnum[Exclusion](t, "Exclusion", 3)
	checkEnum[RiskResult](t, "RiskResult", 2)
	checkEnum[Verdict](t, "Verdict", 2)
	checkEnum[Channel](t, "Channel", 4)
	checkEnum[Step](t, "Step", 10)
	checkEnum[Trigger](t, "Trigger", 3)
	checkEnum[MeetingKind](t, "MeetingKind", 4)
	checkEnum[Position](t, "Position", 3)
	checkEnum[Ruling](t, "Ruling", 3)
	checkEnum[MajorityBase](t, "MajorityBase", 2)
	checkEnum[Gate](t, "Gate", 5)
	checkEnum[GateStatus](t, "GateStatus", 5)
	checkEnum[Stage](t, "Stage", 6)
	checkEnum[Material](t, "Material", 6)
	checkEnum[ChangeKind](t, "ChangeKind", 4)
	checkEnum[Phase](t, "Phase", 13)
	checkEnum[DocKind](t, "DocKind", 2)
	checkEnum[Issuer](t, "Issuer", 3)
	checkEnum[CleanupOutcome](t, "CleanupOutcome", 4)
	checkEnum[DocStatus](t, "DocStatus", 5)
}
