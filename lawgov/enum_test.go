package lawgov_test

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enumValue is what every enumeration of the package implements.
type enumValue interface {
	fmt.Stringer
	encoding.TextMarshaler
	Label() string
	IsValid() bool
}

// enumCase describes one enumeration: its values from 0 upwards (0 is
// unspecified), a way to decode text into a fresh value, and its type name.
type enumCase struct {
	typ    string
	value  func(i int) enumValue
	decode func(b []byte) (enumValue, error)
}

func enumOf[T interface {
	~uint8
	enumValue
}, P interface {
	*T
	encoding.TextUnmarshaler
}](typ string) enumCase {
	return enumCase{
		typ:   typ,
		value: func(i int) enumValue { return T(i) },
		decode: func(b []byte) (enumValue, error) {
			var v T
			err := P(&v).UnmarshalText(b)
			return v, err
		},
	}
}

// lawgovEnums lists every enumeration of lawgov.
var lawgovEnums = []enumCase{
	enumOf[lawgov.Severity]("Severity"),
	enumOf[lawgov.Outcome]("Outcome"),
	enumOf[lawgov.Rounding]("Rounding"),
	enumOf[lawgov.DayKind]("DayKind"),
	enumOf[lawgov.PeriodUnit]("PeriodUnit"),
	enumOf[lawgov.Statute]("Statute"),
	enumOf[lawgov.UnitKind]("UnitKind"),
	enumOf[lawgov.UnitLevel]("UnitLevel"),
	enumOf[lawgov.DeadlineKind]("DeadlineKind"),
	enumOf[lawgov.Recurrence]("Recurrence"),
	enumOf[lawgov.QuotaScope]("QuotaScope"),
	enumOf[lawgov.TaskStatus]("TaskStatus"),
	enumOf[lawgov.EventKind]("EventKind"),
	enumOf[lawgov.Role]("Role"),
	enumOf[lawgov.ScoringMethod]("ScoringMethod"),
	enumOf[lawgov.Grade]("Grade"),
	enumOf[lawgov.ReportingBody]("ReportingBody"),
	enumOf[lawgov.ReportSection]("ReportSection"),
}

// TestEnums loops over every value of every enumeration (STYLE §5): codes
// unique, labels non-empty, text round-trips, out-of-range values render.
func TestEnums(t *testing.T) {
	for _, e := range lawgovEnums {
		t.Run(e.typ, func(t *testing.T) {
			zero := e.value(0)
			assert.False(t, zero.IsValid())
			assert.Equal(t, "unspecified", zero.String())
			assert.Equal(t, "", zero.Label())
			b, err := zero.MarshalText()
			require.NoError(t, err)
			assert.Empty(t, b, "the unspecified value encodes as empty text")
			back, err := e.decode(b)
			require.NoError(t, err)
			assert.Equal(t, zero, back)

			codes := map[string]bool{}
			n := 1
			for ; e.value(n).IsValid(); n++ {
				v := e.value(n)
				code := v.String()
				assert.NotEmpty(t, code)
				assert.False(t, codes[code], "code %q repeated", code)
				codes[code] = true
				assert.NotEmpty(t, v.Label(), code)
				for _, r := range code {
					assert.True(t, r < 128, "code %q is ASCII", code)
				}
				b, err := v.MarshalText()
				require.NoError(t, err)
				assert.Equal(t, code, string(b))
				back, err := e.decode(b)
				require.NoError(t, err)
				assert.Equal(t, v, back)
			}
			assert.Greater(t, n, 2, "at least two values")
			bad := e.value(n)
			assert.Equal(t, fmt.Sprintf("%s(%d)", e.typ, n), bad.String())
			assert.Equal(t, "", bad.Label())
			_, err = bad.MarshalText()
			assert.Error(t, err)
			_, err = e.decode([]byte("no-such-code"))
			assert.ErrorContains(t, err, `lawgov: unknown`)
			_, err = e.decode([]byte("unspecified"))
			assert.Error(t, err, "the unspecified code is never accepted")
			assert.Equal(t, fmt.Sprintf("%s(255)", e.typ), e.value(255).String())
		})
	}
}

func TestEnumParsers(t *testing.T) {
	s, err := lawgov.ParseSeverity("violation")
	require.NoError(t, err)
	assert.Equal(t, lawgov.Violation, s)
	_, err = lawgov.ParseSeverity("严重")
	assert.EqualError(t, err, `lawgov: unknown severity "严重"`)
	o, err := lawgov.ParseOutcome("not_applicable")
	require.NoError(t, err)
	assert.Equal(t, lawgov.NotApplicable, o)
	m, err := lawgov.ParseRounding("truncate")
	require.NoError(t, err)
	assert.Equal(t, lawgov.Truncate, m)
	assert.Equal(t, []lawgov.Rounding{lawgov.HalfUp, lawgov.Truncate}, lawgov.Roundings())
	assert.Equal(t, "四舍五入", lawgov.HalfUp.Label())
	assert.Equal(t, "调休上班", lawgov.MakeUpWorkday.Label())
	assert.Equal(t, "个工作日", lawgov.UnitWorkingDays.Label())
	assert.Equal(t, "违规", lawgov.Violation.Label())
}
