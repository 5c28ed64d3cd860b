package tasktable_test

import (
	"bytes"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// dateWorkbook writes a table whose 完成时限 cells are numbers shown by the
// given number format, in the 1900 or 1904 date system.
func dateWorkbook(t *testing.T, date1904 bool, numFmt int, custom string, serial int) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	require.NoError(t, f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}))
	require.NoError(t, f.SetSheetRow("Sheet1", "A1", &[]any{"序号", "工作任务", "责任单位", "完成时限"}))
	require.NoError(t, f.SetSheetRow("Sheet1", "A2", &[]any{"(一)", "学法", "市司法局", serial}))
	st := &excelize.Style{NumFmt: numFmt}
	if custom != "" {
		st = &excelize.Style{CustomNumFmt: &custom}
	}
	id, err := f.NewStyle(st)
	require.NoError(t, err)
	require.NoError(t, f.SetCellStyle("Sheet1", "D2", "D2", id))
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	return buf.Bytes()
}

// TestDateCells: a date cell is the date it holds, whatever its
// format shows (built-in format 14 shows 09-30-19 in excelize).
func TestDateCells(t *testing.T) {
	dir := sampleDirectory(t)
	tests := []struct {
		name     string
		date1904 bool
		numFmt   int
		custom   string
		serial   int
		phrase   string
	}{
		{"built-in 14, 1900 system", false, 14, "", 43738, "2019/9/30"},
		{"built-in 14, 1904 system", true, 14, "", 42276, "2019/9/30"},
		{"built-in 31 (yyyy年m月d日)", false, 31, "", 43738, "2019年9月30日"},
		{"custom with quoted 年", false, 0, `yyyy"年"m"月"d"日"`, 43738, "2019年9月30日"},
		{"custom with locale prefix", false, 0, `[$-804]yyyy/m/d;@`, 43738, "2019/9/30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := dateWorkbook(t, tt.date1904, tt.numFmt, tt.custom, tt.serial)
			res, err := tasktable.ReadXLSX(bytes.NewReader(b), chibiMeta, dir, tasktable.Options{})
			require.NoError(t, err)
			dl := res.Plan.Tasks[0].Deadline
			assert.Equal(t, lawgov.MustDate(2019, 9, 30), dl.On)
			assert.Equal(t, tt.phrase, dl.Phrase)
		})
	}
	// A plain number in a General cell is not a date.
	b := dateWorkbook(t, false, 0, "", 43738)
	_, err := tasktable.ReadXLSX(bytes.NewReader(b), chibiMeta, dir, tasktable.Options{})
	assert.ErrorContains(t, err, `column D 完成时限 "43738": unknown deadline phrase`)
}

// TestFormulaCachedValue: a formula cell gives the value Excel
// cached for it.
func TestFormulaCachedValue(t *testing.T) {
	dir := sampleDirectory(t)
	b := rewriteXLSX(t, baseXLSX(t), map[string]string{"xl/worksheets/sheet1.xml": sheetHead +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>工作任务</t></is></c><c r="C1" t="inlineStr"><is><t>责任单位</t></is></c><c r="D1" t="inlineStr"><is><t>完成时限</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>(一)</t></is></c><c r="B2" t="inlineStr"><is><t>学法</t></is></c><c r="C2" t="str"><f>"市司法局"</f><v>市司法局</v></c><c r="D2" t="str"><f>"年底"&amp;"前"</f><v>年底前</v></c></row>` +
		`</sheetData></worksheet>`})
	res, err := tasktable.ReadXLSX(bytes.NewReader(b), chibiMeta, dir, tasktable.Options{})
	require.NoError(t, err)
	assert.Equal(t, lawgov.UnitID("chibi.justice"), res.Plan.Tasks[0].Lead)
	assert.Equal(t, "年底前", res.Plan.Tasks[0].Deadline.Phrase)
}

// TestSheetChoice: the first sheet with a header, or the one named.
func TestSheetChoice(t *testing.T) {
	dir := sampleDirectory(t)
	f := excelize.NewFile()
	require.NoError(t, f.SetCellValue("Sheet1", "A1", "填表说明：每项任务一行"))
	_, err := f.NewSheet("二季度")
	require.NoError(t, err)
	require.NoError(t, f.SetSheetRow("二季度", "A1", &[]any{"序号", "工作任务", "责任单位", "完成时限"}))
	require.NoError(t, f.SetSheetRow("二季度", "A2", &[]any{"(一)", "学法", "市司法局", "6月底前"}))
	_, err = f.NewSheet("三季度")
	require.NoError(t, err)
	require.NoError(t, f.SetSheetRow("三季度", "A1", &[]any{"序号", "工作任务", "责任单位", "完成时限"}))
	require.NoError(t, f.SetSheetRow("三季度", "A2", &[]any{"(一)", "学法", "市司法局", "9月底前"}))
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	res, err := tasktable.ReadXLSX(bytes.NewReader(buf.Bytes()), chibiMeta, dir, tasktable.Options{})
	require.NoError(t, err)
	assert.Equal(t, "二季度", res.Sheet)
	res, err = tasktable.ReadXLSX(bytes.NewReader(buf.Bytes()), chibiMeta, dir, tasktable.Options{Sheet: "三季度"})
	require.NoError(t, err)
	assert.Equal(t, "三季度", res.Sheet)
	assert.Equal(t, lawgov.MustDate(2019, 9, 30), res.Plan.Tasks[0].Deadline.On)
	_, err = tasktable.ReadXLSX(bytes.NewReader(buf.Bytes()), chibiMeta, dir, tasktable.Options{Sheet: "四季度"})
	assert.ErrorContains(t, err, `sheet "四季度": no such sheet; the workbook has ["Sheet1" "二季度" "三季度"]`)
}
