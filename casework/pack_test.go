package casework_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefinitionFrom(t *testing.T) {
	p, err := rulepack.Parse("kaizhou.json", []byte(`{"id": "cq-kaizhou", "name": "重庆市开州区", "version": "2022.1", "values": {
  "casework.correction-rate": [{"value": "reconsideration.correction-rate",
    "basis": {"instrument": "重庆市开州区人民政府关于开州区2021年度法治政府建设情况的报告", "version": "2022-02-25", "part": "一、（七）"}}]}}`))
	require.NoError(t, err)
	reg, err := rulepack.NewRegistry(rulepack.Catalogue{Definitions: []string{"reconsideration.correction-rate"}}, p)
	require.NoError(t, err)
	r, err := reg.Resolve("cq-kaizhou", lawgov.MustDate(2022, 1, 1))
	require.NoError(t, err)
	d, a, ok, err := casework.DefinitionFrom(r, rulepack.CorrectionRate)
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "纠错率", d.Name)
	assert.Equal(t, "cq-kaizhou", a.Pack.ID)
	_, _, ok, err = casework.DefinitionFrom(r, rulepack.LossRate)
	require.NoError(t, err)
	assert.False(t, ok)
}
