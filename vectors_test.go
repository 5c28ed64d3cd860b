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

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/enforcement"
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
	// Roster is the officers the actions family checks actions against.
	Roster []enforcement.Officer `json:"roster"`
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
var families = map[string]func(t *testing.T, vf vectorFile, c vectorCase){
	"periods":     replayPeriod,
	"rates":       replayRate,
	"decisions":   replayDecision,
	"credentials": replayCredential,
	"actions":     replayAction,
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
			t.Run(c.ID, func(t *testing.T) { replay(t, vf, c) })
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

func replayPeriod(t *testing.T, _ vectorFile, c vectorCase) {
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

func replayRate(t *testing.T, _ vectorFile, c vectorCase) {
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

// wantFinding is a finding as the vectors state it.
type wantFinding struct {
	Rule      string   `json:"rule"`
	Outcome   string   `json:"outcome"`
	Severity  string   `json:"severity"`
	Citations []string `json:"citations"`
}

type wantReport struct {
	OK       bool          `json:"ok"`
	Findings []wantFinding `json:"findings"`
}

// checkReport compares the findings of rep that did not pass with want, and
// checks that every finding cites its basis.
func checkReport(t *testing.T, want wantReport, rep lawgov.Report) {
	t.Helper()
	got := []wantFinding{}
	for _, f := range rep.Findings {
		require.NotEmpty(t, f.Basis, "finding %s has no basis", f.Rule)
		if f.Outcome == lawgov.Pass {
			continue
		}
		g := wantFinding{Rule: string(f.Rule), Outcome: f.Outcome.String(), Severity: f.Severity.String()}
		for _, c := range f.Basis {
			g.Citations = append(g.Citations, c.String())
		}
		got = append(got, g)
	}
	assert.Equal(t, want.Findings, got)
	assert.Equal(t, want.OK, rep.OK())
}

func replayDecision(t *testing.T, _ vectorFile, c vectorCase) {
	var in struct {
		Decision json.RawMessage `json:"decision"`
	}
	var want wantReport
	strictDecode(t, c.Input, &in)
	strictDecode(t, c.Expected, &want)
	d, err := decision.ParseDecision(in.Decision)
	require.NoError(t, err)
	rep, err := decision.National().Check(d, lawgov.MustParseDate(c.AsOf), lawgov.OfficialCalendar())
	require.NoError(t, err)
	checkReport(t, want, rep)
}

func replayAction(t *testing.T, vf vectorFile, c vectorCase) {
	var in struct {
		Action enforcement.Action `json:"action"`
	}
	var want wantReport
	strictDecode(t, c.Input, &in)
	strictDecode(t, c.Expected, &want)
	reg, err := enforcement.NewRegistry(enforcement.Chibi())
	require.NoError(t, err)
	require.NoError(t, reg.Add(vf.Roster...))
	rep, err := enforcement.Check(in.Action, lawgov.MustParseDate(c.AsOf), reg, lawgov.OfficialCalendar())
	require.NoError(t, err)
	checkReport(t, want, rep)
}

func replayCredential(t *testing.T, _ vectorFile, c vectorCase) {
	var in struct {
		Officer enforcement.Officer `json:"officer"`
		Field   string              `json:"field"`
		Region  string              `json:"region"`
	}
	var want struct {
		State      string      `json:"state"`
		CanEnforce bool        `json:"can_enforce"`
		ReportDue  lawgov.Date `json:"report_due"`
		Rules      []string    `json:"rules"`
	}
	strictDecode(t, c.Input, &in)
	strictDecode(t, c.Expected, &want)
	a, err := enforcement.Chibi().CanEnforce(in.Officer, lawgov.MustParseDate(c.AsOf), in.Field, in.Region)
	require.NoError(t, err)
	assert.Equal(t, want.State, a.Status.State.String())
	assert.Equal(t, want.CanEnforce, a.OK)
	assert.Equal(t, want.ReportDue, a.Status.ReportDue)
	var rules []string
	for _, f := range a.Status.Findings() {
		rules = append(rules, string(f.Rule))
	}
	assert.Equal(t, want.Rules, rules)
}
