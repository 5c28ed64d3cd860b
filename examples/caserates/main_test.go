package main

import (
	"bytes"
	"github.com/fazhi-go/fazhi/internal/golden"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, nil))
	golden.Check(t, "caserates.golden", buf.Bytes())
}

func TestRunErrors(t *testing.T) {
	var buf bytes.Buffer
	assert.Error(t, run(&buf, []string{"-year", "1999"}))
	assert.Error(t, run(&buf, []string{"testdata/missing.csv"}))
}
