package fazhi_test

// The test vectors in testdata/vectors state the rules as language-neutral
// cases (see testdata/vectors/README.md). This test replays every vector
// through the public API, so the Go packages and any other implementation are
// checked against the same file.

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vectorFile is the envelope shared by every family.
type vectorFile struct {
	Family      string            `json:"family"`
	Format      int               `json:"format"`
	Description string            `json:"description"`
	Cases       []json.RawMessage `json:"cases"`
}

// vectorCase holds the fields every case has; input and expected are
// decoded per family.
type vectorCase struct {
	ID       string          `json:"id"`
	Basis    string          `json:"basis"`
	Kind     string          `json:"kind"`
	AsOf     string          `json:"as_of"`
	Input    json.RawMessage `json:"input"`
	Expected json.RawMessage `json:"expected"`
}

// families maps a family name to the function that replays one case.
var families = map[string]func(t *testing.T, c vectorCase){
	"periods": replayPeriod,
	"rates":   replayRate,
}

func TestVectors(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "vectors", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	ids := map[string]string{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		var vf vectorFile
		require.NoError(t, json.Unmarshal(raw, &vf), f)
		replay, ok := families[vf.Family]
		require.True(t, ok, "%s: unknown family %q", f, vf.Family)
		require.Equal(t, 1, vf.Format, f)
		require.NotEmpty(t, vf.Cases, f)
		for _, rc := range vf.Cases {
			var c vectorCase
			require.NoError(t, json.Unmarshal(rc, &c), f)
			require.NotEmpty(t, c.ID, f)
			require.NotEmpty(t, c.Basis, "%s: case %s names no basis", f, c.ID)
			if prev, dup := ids[c.ID]; dup {
				t.Fatalf("case %s in %s repeats an ID of %s", c.ID, f, prev)
			}
			ids[c.ID] = f
			t.Run(c.ID, func(t *testing.T) { replay(t, c) })
		}
	}
}

// strictDecode decodes raw into v, rejecting unknown fields so that a typo
// in a vector fails instead of being ignored.
func strictDecode(t *testing.T, raw json.RawMessage, v any) {
	t.Helper()
	if len(raw) == 0 {
		return
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(v))
}

// errorCode maps an error to the vectors' error codes.
func errorCode(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, lawgov.ErrNoCalendarData):
		return "no_calendar_data"
	case errors.Is(err, lawgov.ErrUndefinedRate):
		return "undefined_rate"
	}
	var ie *lawgov.InvalidInputError
	if errors.As(err, &ie) {
		return "invalid_input"
	}
	return "error: " + err.Error()
}

func replayPeriod(t *testing.T, c vectorCase) {
	var in struct {
		Start   lawgov.Date       `json:"start"`
		N       int               `json:"n"`
		Unit    lawgov.PeriodUnit `json:"unit"`
		Statute lawgov.Statute    `json:"statute"`
	}
	var want struct {
		End       lawgov.Date `json:"end"`
		Citations []string    `json:"citations"`
		Error     string      `json:"error"`
	}
	strictDecode(t, c.Input, &in)
	strictDecode(t, c.Expected, &want)
	p := lawgov.Period{N: in.N, Unit: in.Unit}
	if in.Statute != lawgov.StatuteUnspecified {
		p = lawgov.StatutoryDays(in.Statute, in.N)
	}
	end, basis, err := lawgov.OfficialCalendar().PeriodEnd(in.Start, p)
	if want.Error != "" {
		assert.Equal(t, want.Error, errorCode(err))
		return
	}
	require.NoError(t, err)
	assert.Equal(t, want.End, end)
	var got []string
	for _, b := range basis {
		got = append(got, b.String())
	}
	assert.Equal(t, want.Citations, got)
}

func replayRate(t *testing.T, c vectorCase) {
	var in struct {
		Num       int64           `json:"num"`
		Den       int64           `json:"den"`
		From      json.RawMessage `json:"from"`
		To        json.RawMessage `json:"to"`
		Places    int32           `json:"places"`
		Rounding  lawgov.Rounding `json:"rounding"`
		Published string          `json:"published"`
	}
	var want struct {
		Value string   `json:"value"`
		Modes []string `json:"modes"`
		Error string   `json:"error"`
	}
	strictDecode(t, c.Input, &in)
	strictDecode(t, c.Expected, &want)
	var got decimal.Decimal
	var err error
	switch c.Kind {
	case "percent":
		got, err = lawgov.Rate{Num: in.Num, Den: in.Den}.Percent(in.Places, in.Rounding)
	case "reproduces":
		modes := lawgov.Rate{Num: in.Num, Den: in.Den}.Reproduces(decimal.RequireFromString(in.Published))
		gotModes := []string{}
		for _, m := range modes {
			gotModes = append(gotModes, m.String())
		}
		assert.Equal(t, want.Modes, gotModes)
		return
	case "relative_change":
		var from, to int64
		require.NoError(t, json.Unmarshal(in.From, &from))
		require.NoError(t, json.Unmarshal(in.To, &to))
		got, err = lawgov.RelativeChange{From: from, To: to}.Percent(in.Places, in.Rounding)
	case "point_change":
		var from, to lawgov.Rate
		require.NoError(t, json.Unmarshal(in.From, &from))
		require.NoError(t, json.Unmarshal(in.To, &to))
		got, err = lawgov.PointChange{From: from, To: to}.Points(in.Places, in.Rounding)
	default:
		t.Fatalf("unknown kind %q", c.Kind)
	}
	if want.Error != "" {
		assert.Equal(t, want.Error, errorCode(err))
		return
	}
	require.NoError(t, err)
	assert.Equal(t, want.Value, got.StringFixed(in.Places))
}
