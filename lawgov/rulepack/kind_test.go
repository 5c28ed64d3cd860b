package rulepack_test

import (
	"encoding/json"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKinds(t *testing.T) {
	seen := map[string]bool{}
	for k := rulepack.KindDays; k.IsValid(); k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.False(t, seen[string(b)], k)
		seen[string(b)] = true
		var back rulepack.Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	assert.Len(t, seen, 13)
	assert.Equal(t, "Kind(99)", rulepack.Kind(99).String())
	_, err := rulepack.Kind(99).MarshalText()
	assert.Error(t, err)
	b, err := rulepack.KindUnspecified.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	var k rulepack.Kind
	assert.ErrorContains(t, k.UnmarshalText([]byte("float")), `unknown kind "float"`)
}

func TestParamsCatalogue(t *testing.T) {
	seen := map[rulepack.Key]bool{}
	for _, p := range rulepack.Params() {
		assert.False(t, seen[p.Key], p.Key)
		seen[p.Key] = true
		assert.True(t, p.Kind.IsValid(), p.Key)
		assert.NotEmpty(t, p.Title, p.Key)
		q, ok := rulepack.LookupParam(p.Key)
		require.True(t, ok)
		assert.Equal(t, p, q)
		if p.Kind == rulepack.KindCode || p.Kind == rulepack.KindCodes {
			assert.NotEmpty(t, p.Codes, p.Key)
		}
	}
	b, err := json.Marshal(rulepack.Params()[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"key": "decision.comment-days", "title": "重大行政决策公开征求意见期限（日）", "kind": "days"}`, string(b))
}

func TestAppliedJSON(t *testing.T) {
	reg := testRegistry(t)
	r, err := reg.Resolve("xp-county", lawgov.MustDate(2025, 1, 1))
	require.NoError(t, err)
	a, ok := r.Lookup(rulepack.DecisionReviewDays)
	require.True(t, ok)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{"key": "decision.review-days", "pack": {"id": "xp-county", "version": "2025.1"}, "from": "2025-01-01", "value": 15,
  "basis": {"instrument": "某县重大行政决策程序实施办法", "version": "2024-12-01", "article": 9}}`, string(b))
}

func TestLongPeriodRejected(t *testing.T) {
	_, err := rulepack.Parse("long.json", []byte(`{"id": "x", "name": "某县", "version": "1", "values": {
  "enforcement.change-report": [{"value": {"n": 2000000000, "unit": "calendar_days"}, "basis": `+cite+`}]}}`))
	assert.ErrorContains(t, err, "longer than 36600")
}
