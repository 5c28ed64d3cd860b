package tasktable_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// baseXLSX is a valid one-sheet workbook as excelize writes it.
func baseXLSX(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	require.NoError(t, f.SetSheetRow("Sheet1", "A1", &[]any{"序号", "工作任务", "责任单位", "完成时限"}))
	require.NoError(t, f.SetSheetRow("Sheet1", "A2", &[]any{"(一)", "学法", "市司法局", "年底前"}))
	var buf bytes.Buffer
	_, err := f.WriteTo(&buf)
	require.NoError(t, err)
	return buf.Bytes()
}

// rewriteXLSX returns the workbook b with the parts in repl replaced; a part
// whose name starts with "!" is written with a forged uncompressed size of
// 4 GiB, as a zip bomb declares it.
func rewriteXLSX(t testing.TB, b []byte, repl map[string]string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		body, forged := repl[zf.Name], false
		if v, ok := repl["!"+zf.Name]; ok {
			body, forged = v, true
		}
		if _, ok := repl[zf.Name]; !ok && !forged {
			rc, err := zf.Open()
			require.NoError(t, err)
			body0, err := io.ReadAll(rc)
			require.NoError(t, err)
			rc.Close()
			body = string(body0)
		}
		if forged {
			var comp bytes.Buffer
			fw, _ := flate.NewWriter(&comp, flate.BestCompression)
			fw.Write([]byte(body))
			fw.Close()
			w, err := zw.CreateRaw(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate, CompressedSize64: uint64(comp.Len()), UncompressedSize64: 4 << 30})
			require.NoError(t, err)
			w.Write(comp.Bytes())
			continue
		}
		w, err := zw.Create(zf.Name)
		require.NoError(t, err)
		w.Write([]byte(body))
	}
	require.NoError(t, zw.Close())
	return out.Bytes()
}

const sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`

// craftedXLSX returns the crafted workbooks of the corpus by name.
func craftedXLSX(t testing.TB) map[string][]byte {
	base := baseXLSX(t)
	sheet := "xl/worksheets/sheet1.xml"
	header := `<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>工作任务</t></is></c><c r="C1" t="inlineStr"><is><t>责任单位</t></is></c><c r="D1" t="inlineStr"><is><t>完成时限</t></is></c></row>`
	return map[string][]byte{
		"negative shared string": rewriteXLSX(t, base, map[string]string{sheet: sheetHead + `<row r="1"><c r="A1" t="s"><v>-1</v></c><c r="B1" t="s"><v>99999999</v></c></row></sheetData></worksheet>`}),
		"huge row number":        rewriteXLSX(t, base, map[string]string{sheet: sheetHead + header + `<row r="2147483647"><c r="A2147483647" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`}),
		"last row of a sheet":    rewriteXLSX(t, base, map[string]string{sheet: sheetHead + header + `<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>(一)</t></is></c></row></sheetData></worksheet>`}),
		"recursive formulas":     rewriteXLSX(t, base, map[string]string{sheet: sheetHead + header + `<row r="2"><c r="A2"><f>B2</f></c><c r="B2"><f>A2</f></c><c r="C2"><f>D2*2</f></c><c r="D2"><f>C2+1</f></c></row></sheetData></worksheet>`}),
		"merge over the sheet":   rewriteXLSX(t, base, map[string]string{sheet: sheetHead + header + `</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`}),
		"zip bomb":               rewriteXLSX(t, base, map[string]string{"!" + sheet: sheetHead + strings.Repeat(`<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>`, 200) + `</sheetData></worksheet>`}),
		"cell beyond columns":    rewriteXLSX(t, base, map[string]string{sheet: sheetHead + header + `<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`}),
		"bad xml":                rewriteXLSX(t, base, map[string]string{sheet: sheetHead + `<row r="1"><c r="A1"`}),
		"malformed encrypted":    append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, bytes.Repeat([]byte{0xFF}, 600)...),
		"truncated zip":          base[:len(base)/2],
		// 2,100,000 blank cells in 4 MB of XML that compresses to a few KB.
		"millions of cells": rewriteXLSX(t, base, map[string]string{sheet: sheetHead + header + strings.Repeat(`<row>`+strings.Repeat(`<c/>`, 1000)+`</row>`, 2100) + `</sheetData></worksheet>`}),
	}
}

// TestCraftedXLSX: every crafted workbook returns an error, never a
// panic, in bounded time and memory.
func TestCraftedXLSX(t *testing.T) {
	dir := sampleDirectory(t)
	for name, b := range craftedXLSX(t) {
		t.Run(name, func(t *testing.T) {
			res, err := tasktable.Read(bytes.NewReader(b), chibiMeta, dir, tasktable.Options{File: "crafted.xlsx"})
			require.Error(t, err)
			assert.Empty(t, res.Plan.Tasks)
			t.Log(err)
			var te *tasktable.Error
			if !assert.ErrorAs(t, err, &te) {
				t.Log(err)
			}
		})
	}
	c := craftedXLSX(t)
	_, err := tasktable.Read(bytes.NewReader(c["zip bomb"]), chibiMeta, dir, tasktable.Options{})
	assert.ErrorIs(t, err, tasktable.ErrLimit)
	_, err = tasktable.Read(bytes.NewReader(c["malformed encrypted"]), chibiMeta, dir, tasktable.Options{})
	assert.ErrorIs(t, err, tasktable.ErrLegacyFormat)
	_, err = tasktable.Read(bytes.NewReader(c["cell beyond columns"]), chibiMeta, dir, tasktable.Options{})
	assert.ErrorIs(t, err, tasktable.ErrLimit)
	_, err = tasktable.Read(bytes.NewReader(c["millions of cells"]), chibiMeta, dir, tasktable.Options{})
	assert.ErrorIs(t, err, tasktable.ErrLimit)
	assert.ErrorContains(t, err, "cell count of xl/worksheets/sheet1.xml exceeds the limit of 2000000")
}

func TestLimits(t *testing.T) {
	dir := sampleDirectory(t)
	csv := "序号,工作任务,责任单位,完成时限\n(一),学法,市司法局,年底前\n(二),培训,市司法局,年底前\n"
	tests := []struct {
		name string
		lim  tasktable.Limits
		want string
	}{
		{"file size", tasktable.Limits{MaxBytes: 10}, "file size exceeds the limit of 10"},
		{"rows", tasktable.Limits{MaxRows: 2}, "row 3: row count exceeds the limit of 2"},
		{"columns", tasktable.Limits{MaxCols: 3}, "row 1 column D: column count exceeds the limit of 3"},
		{"cell", tasktable.Limits{MaxCellBytes: 8}, "column B: cell size exceeds the limit of 8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tasktable.ReadCSV(strings.NewReader(csv), chibiMeta, dir, tasktable.Options{Limits: tt.lim})
			require.ErrorIs(t, err, tasktable.ErrLimit)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := tasktable.ReadCSV(strings.NewReader(csv), chibiMeta, dir, tasktable.Options{Limits: tasktable.Limits{MaxRows: -1}})
	assert.ErrorContains(t, err, "negative limit")
}
