package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, nil))
	golden.Check(t, "ledger.golden", buf.Bytes())
}

func TestRemindGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, []string{"-remind", "5"}))
	golden.Check(t, "remind.golden", buf.Bytes())
}

// TestInOut imports a user's table and writes the workbook, which reads back
// into the same plan.
func TestInOut(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "台账.xlsx")
	var buf bytes.Buffer
	require.NoError(t, run(&buf, []string{"-in", filepath.Join("..", "..", "lawgov", "tasktable", "testdata", "c-merged-cells.xlsx"), "-units", filepath.Join("..", "..", "lawgov", "tasktable", "testdata", "units-gb18030.csv"), "-o", out}))
	assert.Contains(t, buf.String(), "台账已写入 台账.xlsx")
	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	units, err := readUnits(filepath.Join("..", "..", "lawgov", "tasktable", "testdata", "units-gb18030.csv"))
	require.NoError(t, err)
	d, err := lawgov.NewDirectory(units)
	require.NoError(t, err)
	res, err := tasktable.ReadXLSX(f, lawgov.Plan{Year: 2019, Issuer: "赤壁市人民政府", Title: "t", Date: lawgov.MustDate(2019, 7, 5)}, d, tasktable.Options{})
	require.NoError(t, err)
	assert.Len(t, res.Plan.Tasks, 20)
}

func TestBadFile(t *testing.T) {
	var buf bytes.Buffer
	err := run(&buf, []string{"-in", filepath.Join("..", "..", "lawgov", "tasktable", "testdata", "g-excel97.xls")})
	require.ErrorIs(t, err, tasktable.ErrLegacyFormat)
	assert.EqualError(t, err, "tasktable: g-excel97.xls: .xls (Excel 97-2003) or password-protected workbook: open it in Excel or WPS and save it as .xlsx without a password")
	bad := filepath.Join(t.TempDir(), "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("序号,工作任务,责任单位,完成时限\n(一),学法,市教育局,年底前\n"), 0o644))
	err = run(&buf, []string{"-in", bad})
	assert.EqualError(t, err, `tasktable: bad.csv row 2 column C 责任单位 "市教育局": unknown unit`)
}
