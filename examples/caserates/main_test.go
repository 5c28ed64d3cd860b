package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden file")

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, nil))
	golden := filepath.Join("testdata", "caserates.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), buf.String())
}

func TestRunErrors(t *testing.T) {
	var buf bytes.Buffer
	assert.Error(t, run(&buf, []string{"-year", "1999"}))
	assert.Error(t, run(&buf, []string{"testdata/missing.csv"}))
}
