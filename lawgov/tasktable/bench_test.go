package tasktable_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// benchRows returns n task rows in the columns of the samples: 序号, 类别,
// 工作任务, 牵头单位, 配合单位, 完成时限, 成果形式.
func benchRows(n int) [][]string {
	phrases := []string{"年底前", "2019年12月底前", "下半年", "每季度", "每月10日前", "长期坚持", "9月底前", "第四季度"}
	out := make([][]string, n)
	for i := range out {
		out[i] = []string{fmt.Sprintf("%d", i+1), fmt.Sprintf("第%d部分", i/50+1), fmt.Sprintf("第%d项工作任务：严格落实各项制度", i+1),
			"市政府办公室", "市司法局、市政府各部门\n各乡镇人民政府", phrases[i%len(phrases)], "工作总结、佐证材料"}
	}
	return out
}

var benchHeader = []string{"序号", "类别", "工作任务", "牵头单位", "配合单位", "完成时限", "成果形式"}

func benchXLSX(tb testing.TB, n int) []byte {
	f := excelize.NewFile()
	defer f.Close()
	require.NoError(tb, f.SetCellValue("Sheet1", "A1", "赤壁市2019年推进依法行政建设法治政府工作任务分解表"))
	require.NoError(tb, f.MergeCell("Sheet1", "A1", "G1"))
	require.NoError(tb, f.SetSheetRow("Sheet1", "A2", &benchHeader))
	for i, r := range benchRows(n) {
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		require.NoError(tb, f.SetSheetRow("Sheet1", cell, &r))
	}
	// 类别 merged down each block of 50 rows, as offices merge sections.
	for top := 3; top < n+3; top += 50 {
		require.NoError(tb, f.MergeCell("Sheet1", fmt.Sprintf("B%d", top), fmt.Sprintf("B%d", min(top+49, n+2))))
	}
	var buf bytes.Buffer
	_, err := f.WriteTo(&buf)
	require.NoError(tb, err)
	return buf.Bytes()
}

func benchCSV(n int) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(benchHeader)
	_ = w.WriteAll(benchRows(n))
	return buf.Bytes()
}

// BenchmarkReadXLSX2000 imports a 2,000-row workbook with a title row and
// merged sections. Target: ≤ 300 ms and ≤ 50 MB allocated per import.
func BenchmarkReadXLSX2000(b *testing.B) {
	data := benchXLSX(b, 2000)
	dir := sampleDirectory(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := tasktable.ReadXLSX(bytes.NewReader(data), chibiMeta, dir, tasktable.Options{})
		if err != nil || len(res.Plan.Tasks) != 2000 {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadCSV100k imports a 100,000-row CSV file. Target: ≤ 1 s, with
// allocations ≤ 5× the file size (compare B/op with the MB/s base).
func BenchmarkReadCSV100k(b *testing.B) {
	data := benchCSV(100_000)
	dir := sampleDirectory(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := tasktable.ReadCSV(bytes.NewReader(data), chibiMeta, dir, tasktable.Options{})
		if err != nil || len(res.Plan.Tasks) != 100_000 {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data)), "file-bytes")
}

// BenchmarkWriteXLSX2000 exports the ledger of 2,000 tasks. Target: ≤ 500 ms.
func BenchmarkWriteXLSX2000(b *testing.B) {
	dir := sampleDirectory(b)
	res, err := tasktable.ReadCSV(bytes.NewReader(benchCSV(2000)), chibiMeta, dir, tasktable.Options{})
	require.NoError(b, err)
	l, err := lawgov.NewLedger(res.Plan, dir, lawgov.LedgerConfig{})
	require.NoError(b, err)
	asOf := lawgov.MustDate(2019, 10, 15)
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := tasktable.WriteXLSX(&buf, l, asOf); err != nil {
			b.Fatal(err)
		}
	}
}
