package main

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		name      string
		violation bool
	}{{"parking-complete", false}, {"parking-flawed", true}} {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(&out, []string{"-asof", "2024-12-31", filepath.Join("testdata", tt.name+".json")})
			if tt.violation {
				require.True(t, errors.Is(err, errViolation), "want a violation, got %v", err)
			} else {
				require.NoError(t, err)
			}
			golden.Check(t, tt.name+".golden", out.Bytes())
		})
	}
}

func TestUsage(t *testing.T) {
	var out bytes.Buffer
	assert.ErrorContains(t, run(&out, nil), "usage: decisioncheck [-asof YYYY-MM-DD] decision.json")
	assert.ErrorIs(t, run(&out, []string{"testdata/none.json"}), fs.ErrNotExist)
}
