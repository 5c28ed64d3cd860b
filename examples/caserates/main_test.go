package main

import (
	"bytes"
	"io/fs"
	"slices"
	"strings"
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

// TestAlignedByDisplayWidth: every column of the rate table starts
// at the same terminal column on every line, counting a CJK character as
// two columns.
func TestAlignedByDisplayWidth(t *testing.T) {
	var b strings.Builder
	require.NoError(t, run(&b, nil))
	lines := strings.Split(b.String(), "\n")
	start := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "类别") })
	require.Positive(t, start)
	var cols []int
	for _, l := range lines[start:] {
		if l == "" {
			break
		}
		// The column starts are where a cell follows two spaces.
		var got []int
		col := 0
		prevSpaces := 0
		for _, r := range l {
			if r != ' ' && prevSpaces >= 2 {
				got = append(got, col)
			}
			if r == ' ' {
				prevSpaces++
			} else {
				prevSpaces = 0
			}
			col += displayWidth(string(r))
		}
		if cols == nil {
			cols = got
		}
		assert.Equal(t, cols, got, l)
	}
	assert.Len(t, cols, 6, "seven columns")
	assert.Equal(t, 4, displayWidth("纠错"), "two CJK characters take four columns")
	assert.Equal(t, 6, displayWidth("（2/70"), "a fullwidth parenthesis takes two columns")
}
