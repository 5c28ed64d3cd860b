package main

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
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
	assert.EqualError(t, run(&buf, []string{"-year", "1999"}), "testdata/cases.csv: no cases in 1999")
	assert.ErrorIs(t, run(&buf, []string{"testdata/missing.csv"}), fs.ErrNotExist)
	assert.Empty(t, buf.String(), "nothing is printed when the run fails")
}
