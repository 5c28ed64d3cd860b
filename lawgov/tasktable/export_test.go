package tasktable_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// chibiLedger is the 赤壁 2019 ledger with its progress events replayed.
func chibiLedger(t testing.TB) *lawgov.Ledger {
	t.Helper()
	dir := chibiDirectory(t)
	l, err := lawgov.NewLedger(chibiPlan(t, dir), dir, lawgov.LedgerConfig{})
	require.NoError(t, err)
	raw, err := os.ReadFile("testdata/chibi-2019-events.json")
	require.NoError(t, err)
	var evs []lawgov.Event
	require.NoError(t, json.Unmarshal(raw, &evs))
	require.NoError(t, l.Apply(evs...))
	return l
}

func TestExportRoundTrip(t *testing.T) {
	l := chibiLedger(t)
	asOf := lawgov.MustDate(2019, 10, 15)
	var buf bytes.Buffer
	require.NoError(t, tasktable.WriteXLSX(&buf, l, asOf))

	res, err := tasktable.ReadXLSX(bytes.NewReader(buf.Bytes()), chibiMeta, l.Directory(), tasktable.Options{})
	require.NoError(t, err)
	assert.Equal(t, tasktable.SheetTasks, res.Sheet)
	assert.Equal(t, []int{2}, res.HeaderRows, "below the title row")
	assert.Equal(t, l.Plan(), res.Plan, "importing the exported workbook gives back the plan")

	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{tasktable.SheetTasks, tasktable.SheetUnits}, f.GetSheetList())
	// (十五) 2019年9月30日前 is row 17: its 到期日 is a date cell.
	id, _ := f.GetCellValue(tasktable.SheetTasks, "A17")
	require.Equal(t, "(十五)", id)
	typ, err := f.GetCellType(tasktable.SheetTasks, "J17")
	require.NoError(t, err)
	assert.NotEqual(t, excelize.CellTypeSharedString, typ)
	raw, _ := f.GetCellValue(tasktable.SheetTasks, "J17", excelize.Options{RawCellValue: true})
	assert.Equal(t, "43738", raw, "2019-09-30 as a serial")
	shown, _ := f.GetCellValue(tasktable.SheetTasks, "J17")
	assert.Equal(t, "2019/9/30", shown)
	for col, want := range map[string]string{"K": "-15", "L": "-7", "M": "逾期15日（7个工作日）", "N": "已逾期"} {
		v, _ := f.GetCellValue(tasktable.SheetTasks, col+"17")
		assert.Equal(t, want, v, col)
	}
	// The overdue row is filled red.
	sid, _ := f.GetCellStyle(tasktable.SheetTasks, "C17")
	st, _ := f.GetStyle(sid)
	assert.Equal(t, []string{"FFC7CE"}, st.Fill.Color)
	// (二十四) lists its cycles.
	v, _ := f.GetCellValue(tasktable.SheetTasks, "P26")
	assert.Equal(t, "2019年7月 已逾期；2019年8月 已逾期；2019年9月 已逾期；2019年10月 未启动", v)
	panes, err := f.GetPanes(tasktable.SheetTasks)
	require.NoError(t, err)
	assert.True(t, panes.Freeze)
	assert.Equal(t, "A3", panes.TopLeftCell)
	// 市政府办公室: 3 of its 21 shares done.
	rows, err := f.GetRows(tasktable.SheetUnits)
	require.NoError(t, err)
	var office []string
	for _, r := range rows {
		if r[0] == "市政府办公室" {
			office = r
		}
	}
	assert.Equal(t, []string{"市政府办公室", "14.3%（3/21）", "3", "21", "2", "1", "7", "0"}, office)
}

func TestExportCSV(t *testing.T) {
	l := chibiLedger(t)
	asOf := lawgov.MustDate(2019, 10, 15)
	var buf bytes.Buffer
	require.NoError(t, tasktable.WriteCSV(&buf, l, asOf, tasktable.EncodingAuto))
	assert.True(t, bytes.HasPrefix(buf.Bytes(), []byte("\uFEFF序号,类别,工作任务")), "UTF-8 with a byte order mark")
	res, err := tasktable.ReadCSV(bytes.NewReader(buf.Bytes()), chibiMeta, l.Directory(), tasktable.Options{})
	require.NoError(t, err)
	assert.Equal(t, l.Plan(), res.Plan)

	buf.Reset()
	require.NoError(t, tasktable.WriteCSV(&buf, l, asOf, tasktable.EncodingGB18030))
	res, err = tasktable.ReadCSV(bytes.NewReader(buf.Bytes()), chibiMeta, l.Directory(), tasktable.Options{})
	require.NoError(t, err)
	assert.Equal(t, tasktable.EncodingGB18030, res.Encoding)
	assert.Equal(t, l.Plan(), res.Plan)
	text, err := simplifiedchinese.GB18030.NewDecoder().Bytes(buf.Bytes())
	require.NoError(t, err)
	recs, err := csv.NewReader(bytes.NewReader(text)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"(十五)", "2019-09-30", "-15", "-7", "逾期15日（7个工作日）", "已逾期"}, []string{recs[15][0], recs[15][9], recs[15][10], recs[15][11], recs[15][12], recs[15][13]})
	assert.False(t, strings.HasPrefix(string(text), "\uFEFF"))
}
