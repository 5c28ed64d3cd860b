package tasktable_test

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateXLSX = flag.Bool("update-xlsx", false, "rewrite testdata/chibi-2019-tasks.xlsx")

const chibiXLSXPath = "testdata/chibi-2019-tasks.xlsx"

// chibiMeta is the plan data of 赤政发〔2019〕7号 that the table does not carry.
var chibiMeta = lawgov.Plan{
	Year:     2019,
	Issuer:   "赤壁市人民政府",
	Document: "赤政发〔2019〕7号",
	Title:    "赤壁市2019年推进依法行政建设法治政府工作要点",
	Date:     lawgov.MustDate(2019, 7, 5),
}

func chibiDirectory(t testing.TB) *lawgov.Directory {
	t.Helper()
	f, err := os.Open("testdata/chibi-2019-units.csv")
	require.NoError(t, err)
	defer f.Close()
	units, err := tasktable.ReadUnits(f, tasktable.Options{})
	require.NoError(t, err)
	dir, err := lawgov.NewDirectory(units)
	require.NoError(t, err)
	return dir
}

func chibiPlan(t testing.TB, dir *lawgov.Directory) lawgov.Plan {
	t.Helper()
	f, err := os.Open("testdata/chibi-2019-tasks.csv")
	require.NoError(t, err)
	defer f.Close()
	res, err := tasktable.ReadCSV(f, chibiMeta, dir, tasktable.Options{})
	require.NoError(t, err)
	return res.Plan
}

func TestChibiXLSXReproducible(t *testing.T) {
	got, err := chibiXLSX()
	require.NoError(t, err)
	if *updateXLSX {
		require.NoError(t, os.WriteFile(chibiXLSXPath, got, 0o644))
	}
	want, err := os.ReadFile(chibiXLSXPath)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, got), "committed %s differs from its generator; run go test -run TestChibiXLSXReproducible -update-xlsx", chibiXLSXPath)
}

func TestReadPlanChibi(t *testing.T) {
	dir := chibiDirectory(t)
	fromCSV := chibiPlan(t, dir)
	f, err := os.Open(chibiXLSXPath)
	require.NoError(t, err)
	defer f.Close()
	res, err := tasktable.ReadXLSX(f, chibiMeta, dir, tasktable.Options{})
	require.NoError(t, err)
	assert.Equal(t, "任务分解表", res.Sheet)
	assert.Equal(t, []int{2}, res.HeaderRows)
	fromXLSX := res.Plan

	for name, p := range map[string]lawgov.Plan{"csv": fromCSV, "xlsx": fromXLSX} {
		t.Run(name, func(t *testing.T) {
			// 赤政发〔2019〕7号 numbers 28 tasks, (一) to (二十八).
			require.Len(t, p.Tasks, 28)
			assert.Equal(t, "(一)", p.Tasks[0].ID)
			assert.Equal(t, "(二十八)", p.Tasks[27].ID)
			leads := map[string]lawgov.UnitID{
				"(一)":   "chibi.office",  // 市政府办公室、市委组织部、市司法局
				"(三)":   "chibi.finance", // 市财政局、市人社局
				"(五)":   "chibi.depts",   // 市政府各部门，各乡镇人民政府
				"(七)":   "chibi.eco",     // 市生态环境分局、…
				"(十七)":  "chibi.towns",   // 各乡镇人民政府、市政府各部门
				"(二十)":  "chibi.audit",   // 市审计局、市财政局
				"(二十三)": "chibi.justice", // 市司法局、市政府各部门
				"(二十八)": "chibi.office",
			}
			for id, lead := range leads {
				task, ok := p.Task(id)
				require.True(t, ok, id)
				assert.Equal(t, lead, task.Lead, id)
			}
			// (六) writes 市政府服务和大数据管理局, an alias of 市政务服务和大数据管理局.
			six, _ := p.Task("(六)")
			assert.Equal(t, []lawgov.UnitID{"chibi.samr", "chibi.ndrc", "chibi.sci", "chibi.data"}, six.Responsible)
			// (五) separates its units with a full-width comma.
			five, _ := p.Task("(五)")
			assert.Equal(t, []lawgov.UnitID{"chibi.depts", "chibi.towns"}, five.Responsible)
			assert.Equal(t, lawgov.DeadlineOngoing, five.Deadline.Kind)

			deadlines := map[string]lawgov.Date{
				"(一)":   lawgov.MustDate(2019, 12, 31), // 年底前
				"(二)":   lawgov.MustDate(2019, 12, 31), // 2019年12月底前
				"(三)":   lawgov.MustDate(2019, 9, 30),  // 第三季度
				"(七)":   lawgov.MustDate(2019, 12, 31), // 下半年
				"(九)":   lawgov.MustDate(2019, 10, 31), // 10月31日前
				"(十)":   lawgov.MustDate(2019, 9, 30),  // 9月底前
				"(十五)":  lawgov.MustDate(2019, 9, 30),  // 2019年9月30日前
				"(二十)":  lawgov.MustDate(2019, 12, 31), // 第四季度
				"(二十八)": lawgov.MustDate(2019, 11, 30), // 2019年11月30日前
			}
			for id, want := range deadlines {
				task, _ := p.Task(id)
				assert.Equal(t, lawgov.DeadlineDate, task.Deadline.Kind, id)
				assert.Equal(t, want, task.Deadline.On, id)
			}
			eight, _ := p.Task("(八)")
			assert.Equal(t, lawgov.DeadlineEvery(lawgov.Quarterly).Every, eight.Deadline.Every)
			t27, _ := p.Task("(二十七)")
			assert.Equal(t, lawgov.Months(3), t27.Deadline.After)
			one, _ := p.Task("(一)")
			assert.Equal(t, lawgov.Quota{Min: 2, Measure: "次", Scope: lawgov.QuotaOverall}, one.Quota)
			two, _ := p.Task("(二)")
			assert.Equal(t, lawgov.Quota{Min: 4, Measure: "次", Scope: lawgov.QuotaPerUnit}, two.Quota)
			assert.Equal(t, "一、加强政府工作人员依法行政能力建设", two.Section)
		})
	}
	// Both formats carry the same tasks.
	assert.Equal(t, fromCSV.Tasks, fromXLSX.Tasks)
}

func TestReadPlanBroken(t *testing.T) {
	dir := chibiDirectory(t)
	f, err := os.Open("testdata/broken-tasks.csv")
	require.NoError(t, err)
	defer f.Close()
	res, err := tasktable.ReadCSV(f, chibiMeta, dir, tasktable.Options{File: "broken-tasks.csv"})
	require.Error(t, err)
	assert.Empty(t, res.Plan.Tasks, "nothing half-imported")
	var ies []*tasktable.Error
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ie *tasktable.Error
		require.ErrorAs(t, e, &ie)
		ies = append(ies, ie)
	}
	require.Len(t, ies, 3)
	// Row 1 is the title, row 2 the header.
	assert.Equal(t, 4, ies[0].Row)
	assert.Equal(t, "C 责任单位", ies[0].Column)
	assert.Equal(t, "市教育局", ies[0].Value)
	assert.Equal(t, "unknown unit", ies[0].Reason)
	assert.Equal(t, 5, ies[1].Row)
	assert.Equal(t, "D 完成时限", ies[1].Column)
	assert.Equal(t, "尽快", ies[1].Value)
	assert.Equal(t, 6, ies[2].Row)
	assert.Equal(t, "A 序号", ies[2].Column)
	assert.Equal(t, "duplicate 序号, first on row 5", ies[2].Reason)
	assert.Equal(t, `tasktable: broken-tasks.csv row 5 column D 完成时限 "尽快": unknown deadline phrase`, ies[1].Error())
}

func TestReadPlanErrors(t *testing.T) {
	dir := chibiDirectory(t)
	tests := []struct {
		name, csv, want string
	}{
		{"no header", "a,b\n1,2\n", "no header row"},
		{"no deadline column", "序号,工作任务,责任单位\n(一),x,市司法局\n", "missing column 完成时限"},
		{"two leads", "序号,工作任务,牵头单位,完成时限\n(一),x,市司法局、市财政局,年底前\n", "more than one lead unit"},
		{"lead also cooperating", "序号,工作任务,牵头单位,配合单位,完成时限\n(一),x,市司法局,市司法局,年底前\n", "both lead and cooperating"},
		{"bad quota", "序号,工作任务,责任单位,完成时限,数量要求\n(一),x,市司法局,年底前,很多\n", "unknown quota phrase"},
		{"no tasks", "序号,工作任务,责任单位,完成时限\n", "no tasks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tasktable.ReadCSV(strings.NewReader(tt.csv), chibiMeta, dir, tasktable.Options{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := tasktable.ReadXLSX(strings.NewReader("not a zip"), chibiMeta, dir, tasktable.Options{})
	var ie *tasktable.Error
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, 0, ie.Row, "the workbook as a whole")
	assert.Contains(t, ie.Reason, "not an XLSX workbook")
}

func TestReadUnitsByteOrderMark(t *testing.T) {
	units, err := tasktable.ReadUnits(strings.NewReader("\uFEFFid,name,kind,level,parent,aliases\nchibi.justice,市司法局,department,county,,司法局\n"), tasktable.Options{})
	require.NoError(t, err)
	assert.Equal(t, []lawgov.Unit{{ID: "chibi.justice", Name: "市司法局", Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty, Aliases: []string{"司法局"}}}, units)
	_, err = tasktable.ReadUnits(strings.NewReader("id,name\n"), tasktable.Options{})
	assert.EqualError(t, err, `tasktable: row 1 "id,name": want header "id,name,kind,level,parent,aliases"`)
}
