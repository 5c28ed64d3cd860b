package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	golden.Check(t, "rulepack.golden", b.Bytes())
}

// TestReadmePack: the pack shown in the README section "Writing your
// jurisdiction's rule pack" loads, and its error example is what Parse says.
func TestReadmePack(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, sec, ok := strings.Cut(string(readme), "## Writing your jurisdiction's rule pack")
	require.True(t, ok)
	_, block, ok := strings.Cut(sec, "```json\n")
	require.True(t, ok)
	block, _, _ = strings.Cut(block, "```")
	reg, err := catalogue.Load(fstest.MapFS{"zj-shili.json": {Data: []byte(block)}})
	require.NoError(t, err)
	b, err := catalogue.InForce(reg, "zj-shili", lawgov.MustDate(2025, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, 10, b.Procedure.ReviewDays())
	assert.Equal(t, lawgov.WorkingDays(15), b.Credentials.ChangeReport.Period)

	_, err = rulepack.Parse("zj-shili.json", []byte(`{
  "id": "xc", "name": "某县", "version": "1",
  "values": {
    "decision.review-days": [{"from": "2025-01-01", "value": -10}]
  }
}`))
	assert.Contains(t, sec, err.Error())
}
