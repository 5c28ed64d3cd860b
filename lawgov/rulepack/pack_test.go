package rulepack_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testCatalogue is the catalogue the tests of this package check
// references against.
var testCatalogue = rulepack.Catalogue{
	Rules:       []lawgov.RuleID{"decision.hearing", "decision.post-evaluation"},
	Definitions: []string{"reconsideration.correction-rate", "reconsideration.correction-rate-merits"},
}

const cite = `{"instrument": "某省行政执法条例", "version": "2020-01-01", "article": 3}`

func TestShippedPacksParse(t *testing.T) {
	packs, err := rulepack.Shipped()
	require.NoError(t, err)
	var ids []string
	for _, p := range packs {
		ids = append(ids, p.ID())
	}
	assert.Equal(t, []string{"cn", "ha", "hb-chibi", "hb", "sd", "zj"}, ids, "ordered by file name")
	_, err = rulepack.NewRegistry(testCatalogue, packs...)
	require.NoError(t, err)
}

// TestRoundTrip: load → resolve → marshal → load gives the same values for
// every shipped pack.
func TestRoundTrip(t *testing.T) {
	packs, err := rulepack.Shipped()
	require.NoError(t, err)
	reg, err := rulepack.NewRegistry(testCatalogue, packs...)
	require.NoError(t, err)
	var again []*rulepack.Pack
	for _, p := range packs {
		b, err := json.Marshal(p)
		require.NoError(t, err)
		q, err := rulepack.Parse(p.File(), b)
		require.NoError(t, err, "%s", b)
		b2, err := json.Marshal(q)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2), p.ID())
		assert.Equal(t, p.Keys(), q.Keys())
		again = append(again, q)
	}
	reg2, err := rulepack.NewRegistry(testCatalogue, again...)
	require.NoError(t, err)
	for _, p := range packs {
		for _, on := range []lawgov.Date{lawgov.MustDate(2019, 1, 1), lawgov.MustDate(2019, 9, 1), lawgov.MustDate(2024, 6, 30)} {
			a, err := reg.Resolve(p.ID(), on)
			require.NoError(t, err)
			b, err := reg2.Resolve(p.ID(), on)
			require.NoError(t, err)
			require.Equal(t, len(a.Applied()), len(b.Applied()))
			for i, x := range a.Applied() {
				y := b.Applied()[i]
				assert.Equal(t, x.Key, y.Key)
				assert.Equal(t, x.Pack, y.Pack)
				assert.Equal(t, x.Value.Basis, y.Value.Basis)
				assert.True(t, x.Value.Equal(y.Value), "%s %s", p.ID(), x.Key)
			}
		}
	}
}

func problems(t *testing.T, err error) []rulepack.Problem {
	t.Helper()
	var pe *rulepack.Error
	require.ErrorAs(t, err, &pe)
	return pe.Problems
}

func TestBadPacks(t *testing.T) {
	tests := []struct {
		name, file string
		wantPath   string
		wantLine   int
		wantMsg    string
	}{
		{"unknown top-level key", `{"id": "x", "name": "某县", "version": "1", "values": {},
 "colour": "red"}`, `$.colour`, 2, `unknown key "colour"`},
		{"unknown parameter", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.review-dayz": [{"value": 7, "basis": ` + cite + `}]}}`, `$.values["decision.review-dayz"]`, 2, `unknown parameter`},
		{"unknown key in a value", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.review-days": [{"value": 7, "basis": ` + cite + `,
    "form": "2020-01-01"}]}}`, `$.values["decision.review-days"][0].form`, 3, `unknown key "form"`},
		{"unknown key in a citation", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.review-days": [{"value": 7, "basis": {"instrument": "某条例", "artcle": 3}}]}}`, `$.values["decision.review-days"][0].basis.artcle`, 2, `unknown key`},
		{"value without citation", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.review-days": [
    {"value": 7}]}}`, `$.values["decision.review-days"][0]`, 3, `missing key "basis"`},
		{"empty citation", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.review-days": [{"value": 7, "basis": {"article": 3}}]}}`, `$.values["decision.review-days"][0].basis`, 2, `not a valid citation`},
		{"overlapping ranges", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.review-days": [
    {"from": "2020-01-01", "value": 7, "basis": ` + cite + `},
    {"from": "2022-01-01", "to": "2023-12-31", "value": 10, "basis": ` + cite + `}]}}`, `$.values["decision.review-days"]`, 2, `overlap`},
		{"negative period", `{"id": "x", "name": "某县", "version": "1", "values": {
  "enforcement.change-report": [{"value": {"n": -30, "unit": "calendar_days"}, "basis": ` + cite + `}]}}`, `$.values["enforcement.change-report"][0].value.n`, 2, `not positive`},
		{"zero days", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.comment-days": [{"value": 0, "basis": ` + cite + `}]}}`, `$.values["decision.comment-days"][0].value`, 2, `not positive`},
		{"to before from", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.comment-days": [{"from": "2021-01-01", "to": "2020-12-31", "value": 20, "basis": ` + cite + `}]}}`, `$.values["decision.comment-days"][0]`, 2, `before from`},
		{"bad code", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.majority": [{"value": "everyone", "basis": ` + cite + `}]}}`, `$.values["decision.majority"][0].value`, 2, `unknown code "everyone"`},
		{"bad date", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.comment-days": [{"from": "2023-02-29", "value": 20, "basis": ` + cite + `}]}}`, `$.values["decision.comment-days"][0].from`, 2, `want a date`},
		{"float for days", `{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.comment-days": [{"value": 20.5, "basis": ` + cite + `}]}}`, `$.values["decision.comment-days"][0].value`, 2, `whole number`},
		{"bad scheme", `{"id": "x", "name": "某县", "version": "1", "values": {
  "lawgov.assessment": [{"value": {"name": "考评", "indicators": [{"id": "a", "name": "甲", "max": "10"}], "bands": [{"label": "合格", "min": "0"}]}, "basis": ` + cite + `}]}}`, `$.values["lawgov.assessment"][0].value`, 2, `no scoring method`},
		{"duplicate key", `{"id": "x", "name": "某县", "version": "1",
 "id": "y", "values": {}}`, `$`, 2, `duplicate key "id"`},
		{"syntax", `{"id": "x", "name": "某县",
 "version": "1" "values": {}}`, `$`, 2, `JSON syntax`},
		{"truncated", `{"id": "x", "name": `, `$`, 1, `unexpected end`},
		{"trailing data", `{"id": "x", "name": "某县", "version": "1", "values": {}} {}`, `$`, 1, `after the end`},
		{"bad id", `{"id": "Hb Chibi", "name": "某县", "version": "1", "values": {}}`, `$.id`, 1, `pack ID`},
		{"self parent", `{"id": "x", "parent": "x", "name": "某县", "version": "1", "values": {}}`, `$.parent`, 1, `itself`},
		{"missing name", `{"id": "x", "version": "1", "values": {}}`, `$`, 1, `missing key "name"`},
		{"deep nesting", `{"id": "x", "name": "某县", "version": "1", "values": {}, "instruments": ` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`, `$`, 1, `nesting deeper`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := rulepack.Parse("bad.json", []byte(tt.file))
			require.Error(t, err)
			assert.Nil(t, p, "a broken pack is never partly loaded")
			assert.Contains(t, err.Error(), `rulepack: "bad.json":`)
			var found bool
			for _, pr := range problems(t, err) {
				if pr.Path == tt.wantPath && strings.Contains(pr.Msg, tt.wantMsg) {
					found = true
					assert.Equal(t, tt.wantLine, pr.Line, pr.String())
				}
			}
			assert.True(t, found, "want %s: %s in %v", tt.wantPath, tt.wantMsg, err)
		})
	}
}

func TestEveryProblemReported(t *testing.T) {
	_, err := rulepack.Parse("two.json", []byte(`{"id": "x", "name": "某县", "version": "1", "values": {
  "decision.comment-days": [{"value": -1, "basis": `+cite+`}],
  "decision.review-days": [{"value": 7}]}}`))
	assert.Len(t, problems(t, err), 2)
}

func parse(t *testing.T, file string) *rulepack.Pack {
	t.Helper()
	p, err := rulepack.Parse("test.json", []byte(file))
	require.NoError(t, err)
	return p
}

func TestRegistryReferences(t *testing.T) {
	orphan := parse(t, `{"id": "orphan", "parent": "nowhere", "name": "某县", "version": "1", "values": {}}`)
	_, err := rulepack.NewRegistry(testCatalogue, orphan)
	ps := problems(t, err)
	assert.Equal(t, "$.parent", ps[0].Path)
	assert.Equal(t, 1, ps[0].Line)
	assert.Contains(t, ps[0].Msg, `"nowhere", which is not loaded`)

	a := parse(t, `{"id": "a", "parent": "b", "name": "甲", "version": "1", "values": {}}`)
	b := parse(t, `{"id": "b", "parent": "a", "name": "乙", "version": "1", "values": {}}`)
	_, err = rulepack.NewRegistry(testCatalogue, a, b)
	assert.Contains(t, problems(t, err)[0].Msg, "cycle")

	rules := parse(t, `{"id": "r", "name": "某县", "version": "1", "values": {
  "rules.off": [{"value": ["decision.hearing", "decision.no-such-rule"], "basis": `+cite+`}],
  "casework.correction-rate": [{"value": "reconsideration.no-such-rate", "basis": `+cite+`}]}}`)
	_, err = rulepack.NewRegistry(testCatalogue, rules)
	ps = problems(t, err)
	require.Len(t, ps, 2)
	assert.Equal(t, `$.values["casework.correction-rate"][0].value`, ps[0].Path)
	assert.Equal(t, `$.values["rules.off"][0].value[1]`, ps[1].Path)
	assert.Equal(t, 2, ps[1].Line)
	assert.Equal(t, 3, ps[0].Line)

	reg, err := rulepack.NewRegistry(testCatalogue)
	require.NoError(t, err)
	c := parse(t, `{"id": "c", "name": "丙", "version": "1", "values": {}}`)
	reg2, err := reg.With(c)
	require.NoError(t, err)
	_, err = reg2.With(parse(t, `{"id": "c", "name": "丙", "version": "2", "values": {}}`))
	assert.Contains(t, problems(t, err)[0].Msg, "already loaded")
	_, ok := reg.Pack("c")
	assert.False(t, ok, "With never changes the registry it starts from")
	_, err = reg2.Resolve("d", lawgov.MustDate(2024, 1, 1))
	require.ErrorIs(t, err, rulepack.ErrUnknownJurisdiction)
}

func TestLoadFSReportsEveryFile(t *testing.T) {
	_, err := rulepack.LoadFS(badFS{})
	require.Error(t, err)
	var pe *rulepack.Error
	require.True(t, errors.As(err, &pe))
	assert.Contains(t, err.Error(), `"a.json"`)
	assert.Contains(t, err.Error(), `"b.json"`)
}
