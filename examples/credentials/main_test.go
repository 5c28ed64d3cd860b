package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, nil))
	golden.Check(t, "credentials.golden", b.Bytes())
}

// TestAnyDirectory runs the program from another directory with no
// arguments: the roster is embedded.
func TestAnyDirectory(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "credentials.golden"))
	require.NoError(t, err)
	t.Chdir(t.TempDir())
	var b bytes.Buffer
	require.NoError(t, run(&b, nil))
	assert.Equal(t, string(want), b.String())
}

func TestRosterFile(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, []string{filepath.Join("testdata", "roster.json")}))
	want, err := os.ReadFile(filepath.Join("testdata", "credentials.golden"))
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
	err = run(&b, []string{filepath.Join("testdata", "missing.json")})
	require.ErrorIs(t, err, os.ErrNotExist)
}
