package tasktable_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
)

// exampleDirectory holds the units the examples name.
func exampleDirectory() *lawgov.Directory {
	dir, err := lawgov.NewDirectory([]lawgov.Unit{
		{ID: "office", Name: "市政府办公室", Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty},
		{ID: "justice", Name: "市司法局", Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty},
		{ID: "data", Name: "市政务服务和大数据管理局", Aliases: []string{"市政府服务和大数据管理局"}, Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty},
	})
	if err != nil {
		panic(err)
	}
	return dir
}

var exampleMeta = lawgov.Plan{Year: 2019, Issuer: "赤壁市人民政府", Document: "赤政发〔2019〕7号",
	Title: "赤壁市2019年推进依法行政建设法治政府工作要点", Date: lawgov.MustDate(2019, 7, 5)}

func ExampleReadCSV() {
	table := "赤壁市2019年推进依法行政建设法治政府工作任务分解表\n" +
		"序号,工作任务,责任单位,\"完成\n时限\"\n" +
		"(十五),全面推行行政执法“三项制度”,\"市政府办公室\n市司法局\",2019/9/30\n" +
		"(二十二),加强便民服务平台建设,市政府办公室、市政府服务和大数据管理局,每月10日前\n"
	res, err := tasktable.ReadCSV(strings.NewReader(table), exampleMeta, exampleDirectory(), tasktable.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println("header rows", res.HeaderRows, res.Encoding)
	for _, t := range res.Plan.Tasks {
		fmt.Println(t.ID, t.Lead, t.Responsible, t.Deadline.Kind, t.Deadline)
	}
	_, err = tasktable.ReadCSV(strings.NewReader("序号,工作任务,责任单位,完成时限\n(一),x,市教育局,年底前\n"), exampleMeta, exampleDirectory(), tasktable.Options{File: "任务分解表.csv"})
	fmt.Println(err)
	// Output:
	// header rows [2] utf-8
	// (十五) office [office justice] date 2019/9/30
	// (二十二) office [office data] recurring 每月10日前
	// tasktable: 任务分解表.csv row 2 column C 责任单位 "市教育局": unknown unit
}

func ExampleRead() {
	// An .xls workbook (Excel 97–2003) is recognised by its first bytes.
	xls := []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}
	_, err := tasktable.Read(bytes.NewReader(xls), exampleMeta, exampleDirectory(), tasktable.Options{File: "任务分解表.xls"})
	fmt.Println(err)
	// Output:
	// tasktable: 任务分解表.xls: .xls (Excel 97-2003) or password-protected workbook: open it in Excel or WPS and save it as .xlsx without a password
}

func ExampleWriteXLSX() {
	res, err := tasktable.ReadCSV(strings.NewReader("序号,工作任务,牵头单位,责任单位,完成时限\n(十五),全面推行行政执法“三项制度”,市政府办公室,市司法局,2019年9月30日前\n"),
		exampleMeta, exampleDirectory(), tasktable.Options{})
	if err != nil {
		panic(err)
	}
	l, err := lawgov.NewLedger(res.Plan, exampleDirectory(), lawgov.LedgerConfig{})
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := tasktable.WriteXLSX(&buf, l, lawgov.MustDate(2019, 10, 15)); err != nil {
		panic(err)
	}
	back, err := tasktable.ReadXLSX(&buf, exampleMeta, exampleDirectory(), tasktable.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(back.Sheet, back.HeaderRows, back.Plan.Tasks[0].ID, back.Plan.Tasks[0].Deadline.On)
	// Output:
	// 工作台账 [2] (十五) 2019-09-30
}

func ExampleWriteCSV() {
	res, err := tasktable.ReadCSV(strings.NewReader("序号,工作任务,责任单位,完成时限\n(十五),全面推行行政执法“三项制度”,市政府办公室,2019年9月30日前\n"),
		exampleMeta, exampleDirectory(), tasktable.Options{})
	if err != nil {
		panic(err)
	}
	l, err := lawgov.NewLedger(res.Plan, exampleDirectory(), lawgov.LedgerConfig{})
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := tasktable.WriteCSV(&buf, l, lawgov.MustDate(2019, 10, 15), tasktable.EncodingUTF8); err != nil {
		panic(err)
	}
	lines := strings.Split(strings.TrimPrefix(buf.String(), "\uFEFF"), "\r\n")
	fmt.Println(lines[0])
	fmt.Println(lines[1])
	// Output:
	// 序号,类别,工作任务,牵头单位,责任单位,配合单位,完成时限,成果形式,数量要求,到期日,剩余天数,剩余工作日,倒计时,状态,最新进展,分期完成情况
	// (十五),,全面推行行政执法“三项制度”,市政府办公室,市政府办公室,,2019年9月30日前,,,2019-09-30,-15,-7,逾期15日（7个工作日）,已逾期,,
}

func ExampleReadUnits() {
	units, err := tasktable.ReadUnits(strings.NewReader("id,name,kind,level,parent,aliases\nchibi.data,市政务服务和大数据管理局,department,county,,市政府服务和大数据管理局\n"), tasktable.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(units[0].ID, units[0].Name, units[0].Aliases)
	// Output:
	// chibi.data 市政务服务和大数据管理局 [市政府服务和大数据管理局]
}

func ExampleSplitUnits() {
	fmt.Printf("%q\n", tasktable.SplitUnits("市政府办公室、市司法局\n各乡镇人民政府，市财政局"))
	// Output:
	// ["市政府办公室" "市司法局" "各乡镇人民政府" "市财政局"]
}

func ExampleSerialDate() {
	d, _ := tasktable.SerialDate(43738, false)
	fmt.Println(d)
	// Output:
	// 2019-09-30
}
