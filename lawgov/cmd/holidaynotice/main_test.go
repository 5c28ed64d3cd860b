package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func notice(name string) string { return filepath.Join("..", "..", "testdata", "notices", name) }

func TestRunFile(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, nil, []string{notice("2026.txt")}))
	golden.Check(t, "2026.golden", out.Bytes())
}

func TestRunStdin(t *testing.T) {
	// The 2020 extension, already part of the shipped data: the year's
	// rows as amended (27 + 3 rest days; 7 − 1 make-up days), and the
	// version unchanged.
	text, err := os.ReadFile(notice("2020-extension.txt"))
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, run(&out, bytes.NewReader(text), nil))
	assert.Contains(t, out.String(), "2020-02-01,off,春节\n2020-02-02,off,春节\n")
	assert.NotContains(t, out.String(), "2020-02-01,work")
	assert.Contains(t, out.String(), "# 2020年：36行，放假30天，调休上班6天\n")
	assert.True(t, strings.HasSuffix(out.String(), "# calendar data version: cn-holidays-2018-2026 (国办发明电〔2025〕7号, 2025-11-04)\n"))
}

func TestRunErrors(t *testing.T) {
	text, err := os.ReadFile(notice("2026.txt"))
	require.NoError(t, err)
	bad := strings.Replace(string(text), "2月28日（周六）", "2月28日（周日）", 1)
	var out bytes.Buffer
	err = run(&out, strings.NewReader(bad), []string{"-"})
	assert.EqualError(t, err, `lawgov: notice text line 9 "2月14日（周六）、2月28日（周日）上班。": 2026-02-28 is a 周六, not 周日`)
	assert.Empty(t, out.String(), "nothing is printed on error")
	assert.Error(t, run(&out, nil, []string{"a", "b"}))
	assert.Error(t, run(&out, nil, []string{filepath.Join(t.TempDir(), "missing.txt")}))
}
