package tasktable_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
)

// chibiXLSX builds the XLSX version of testdata/chibi-2019-tasks.csv:
// a title row above the header, the columns in another order, a 牵头单位
// column holding the first 责任单位, and an extra 备注 column the importer
// ignores. The output is deterministic, so the committed file can be
// checked against it.
func chibiXLSX() ([]byte, error) {
	raw, err := os.ReadFile("testdata/chibi-2019-tasks.csv")
	if err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		return nil, err
	}
	// CSV columns: 序号,类别,工作任务,责任单位,完成时限,成果形式,数量要求
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "任务分解表"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	out := [][]string{{"赤壁市2019年推进依法行政建设法治政府工作要点任务分解表"}}
	out = append(out, []string{"序号", "工作任务", "牵头单位", "责任单位", "办理时限", "成果形式", "数量要求", "类别", "备注"})
	for _, r := range rows[1:] {
		lead, _, _ := strings.Cut(strings.ReplaceAll(r[3], "，", "、"), "、")
		out = append(out, []string{r[0], r[2], lead, r[3], r[4], r[5], r[6], r[1], ""})
	}
	for i, r := range out {
		cells := make([]any, len(r))
		for j, v := range r {
			cells[j] = v
		}
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		if err != nil {
			return nil, err
		}
		if err := f.SetSheetRow(sheet, cell, &cells); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
