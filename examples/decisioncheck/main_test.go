package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		name      string
		args      []string
		violation bool
	}{
		{"parking-complete", []string{"-asof", "2024-12-31", filepath.Join("samples", "complete.json")}, false},
		{"parking-flawed", []string{"-asof", "2024-12-31", filepath.Join("samples", "flawed.json")}, true},
		// The complete record as it stood on 2024-10-20: the review pending,
		// nothing violated yet.
		{"parking-in-progress", []string{"-asof", "2024-10-20", filepath.Join("testdata", "parking-in-progress.json")}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(&out, tt.args)
			if tt.violation {
				require.True(t, errors.Is(err, errViolation), "want a violation, got %v", err)
			} else {
				require.NoError(t, err)
			}
			golden.Check(t, tt.name+".golden", out.Bytes())
		})
	}
}

// TestBundled checks that the bundled samples run from any directory with
// no file: no arguments is the complete record, -sample flawed the flawed
// one, each the same output as the file.
func TestBundled(t *testing.T) {
	t.Chdir(t.TempDir())
	var none, file bytes.Buffer
	require.NoError(t, run(&none, nil))
	require.NoError(t, os.WriteFile("complete.json", mustRead(t, "complete.json"), 0o600))
	require.NoError(t, run(&file, []string{"complete.json"}))
	assert.Equal(t, file.String(), none.String())

	var flawed bytes.Buffer
	assert.ErrorIs(t, run(&flawed, []string{"-sample", "flawed"}), errViolation)
	assert.Contains(t, flawed.String(), "县城老城区路内停车泊位收费调整")
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := samples.ReadFile("samples/" + name)
	require.NoError(t, err)
	return b
}

func TestUsage(t *testing.T) {
	var out bytes.Buffer
	assert.EqualError(t, run(&out, []string{"a.json", "b.json"}), usage)
	assert.EqualError(t, run(&out, []string{"-sample", "flawed", "a.json"}), usage)
	assert.EqualError(t, run(&out, []string{"-sample", "none"}), `decisioncheck: -sample "none": no such sample (complete, flawed)`)
	assert.EqualError(t, run(&out, []string{"-sample", "../main"}), `decisioncheck: -sample "../main": no such sample (complete, flawed)`)
	assert.ErrorIs(t, run(&out, []string{"testdata/none.json"}), fs.ErrNotExist)
	assert.ErrorContains(t, run(&out, []string{"-asof", "2024-02-30"}), "decisioncheck: -asof")
}
