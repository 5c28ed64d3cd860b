package tasktable

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// The sheets of an exported ledger.
const (
	SheetTasks = "工作台账"   // every task with its countdown and state
	SheetUnits = "单位完成情况" // completion by unit
)

// ledgerColumns are the columns of the task sheet. The first nine are the
// columns of a task table, so that importing the exported workbook gives
// back the plan.
var ledgerColumns = [...]string{
	"序号", "类别", "工作任务", "牵头单位", "责任单位", "配合单位", "完成时限", "成果形式", "数量要求",
	"到期日", "剩余天数", "剩余工作日", "倒计时", "状态", "最新进展", "分期完成情况",
}

// Indexes of ledgerColumns used below.
const (
	lcDue    = 9
	lcStatus = 13
)

var unitColumns = [...]string{"单位", "完成率", "已完成", "应完成", "按期完成", "逾期完成", "已逾期", "即将到期"}

// ledgerRow is one task of the ledger as cells: text, or a date or an int
// where the cell holds one.
type ledgerRow struct {
	text   [len(ledgerColumns)]string
	due    lawgov.Date
	days   int
	wd     int
	status lawgov.TaskStatus
	dated  bool // due, days and wd are set
}

// ledgerRows returns the rows of the task sheet as of asOf.
func ledgerRows(l *lawgov.Ledger, asOf lawgov.Date) ([]ledgerRow, error) {
	states, err := l.Tasks(asOf)
	if err != nil {
		return nil, err
	}
	dir := l.Directory()
	names := func(ids []lawgov.UnitID) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = dir.Name(id)
		}
		return strings.Join(out, "、")
	}
	plan := l.Plan()
	rows := make([]ledgerRow, len(states))
	for i, st := range states {
		t := plan.Tasks[i]
		r := &rows[i]
		r.text = [len(ledgerColumns)]string{t.ID, t.Section, t.Title, dir.Name(t.Lead), names(t.Responsible), names(t.Cooperating), t.Deadline.String(), t.Output}
		if !t.Quota.IsZero() {
			r.text[8] = t.Quota.String()
		}
		r.status = st.Status
		if !st.Due.IsZero() && st.Status != lawgov.StatusNotApplicable {
			r.dated, r.due, r.days, r.wd = true, st.Due, st.DaysLeft, st.WorkdaysLeft
			r.text[lcDue] = st.Due.String()
			r.text[10], r.text[11] = strconv.Itoa(st.DaysLeft), strconv.Itoa(st.WorkdaysLeft)
		}
		r.text[12] = st.Countdown()
		r.text[lcStatus] = st.Status.Label()
		if e, ok := l.LastEvent(t.ID, asOf); ok {
			r.text[14] = progressText(e, dir)
		}
		var cycles []string
		for _, c := range st.Cycles {
			cycles = append(cycles, c.Label+" "+c.Status.Label())
		}
		r.text[15] = strings.Join(cycles, "；")
	}
	return rows, nil
}

// progressText renders an event for the ledger: 「2019-10-15 市政府办公室 报告完成：…」.
func progressText(e lawgov.Event, dir *lawgov.Directory) string {
	s := e.Date.String() + " " + dir.Name(e.Unit) + " " + e.Kind.Label()
	switch e.Kind {
	case lawgov.EventCount:
		s += strconv.FormatInt(e.Count, 10)
	case lawgov.EventExtension:
		s += "至" + e.Until.String()
	}
	if e.Note != "" {
		s += "：" + e.Note
	}
	return s
}

// WriteXLSX writes the countdown ledger (倒计时工作台账) of l as of asOf as an
// XLSX workbook the way offices hand it in. Sheet 工作台账 lists every task:
// 序号, 类别, 工作任务, 牵头/责任/配合单位, 完成时限, 成果形式 and 数量要求 as in
// the task table, then 到期日 (a date cell), the countdown in calendar and
// working days (negative once overdue), its Chinese rendering, the state
// (推进中, 即将到期, 已逾期, 按期完成, 逾期完成 …), the latest progress and,
// for recurring duties, the state of each cycle. Overdue rows are filled
// red and rows due soon yellow; the header is frozen and columns are as
// wide as their Chinese text. Sheet 单位完成情况 gives each unit's completion
// rate with its counts (see [lawgov.Ledger.Completion]).
//
// [ReadXLSX] reads the workbook back into the same plan.
func WriteXLSX(w io.Writer, l *lawgov.Ledger, asOf lawgov.Date) error {
	rows, err := ledgerRows(l, asOf)
	if err != nil {
		return err
	}
	comp, err := l.Completion(asOf)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetTasks); err != nil {
		return err
	}
	xw := xlsxWriter{f: f}
	plan := l.Plan()
	xw.title(SheetTasks, plan.Title+"工作台账（截至"+asOf.Chinese()+"）", len(ledgerColumns))
	xw.header(SheetTasks, ledgerColumns[:])
	styles := xw.rowStyles()
	widths := make([]int, len(ledgerColumns))
	for j, h := range ledgerColumns {
		widths[j] = displayWidth(h)
	}
	for i, r := range rows {
		n := i + 3
		vals := make([]any, len(ledgerColumns))
		for j, s := range r.text {
			vals[j] = s
			widths[j] = max(widths[j], displayWidth(s))
		}
		if r.dated {
			vals[lcDue], vals[10], vals[11] = dateSerial(r.due), r.days, r.wd
		}
		cell, _ := excelize.CoordinatesToCellName(1, n)
		xw.check(f.SetSheetRow(SheetTasks, cell, &vals))
		style := styles.plain
		switch r.status {
		case lawgov.StatusOverdue:
			style = styles.overdue
		case lawgov.StatusDueSoon:
			style = styles.dueSoon
		}
		last, _ := excelize.CoordinatesToCellName(len(ledgerColumns), n)
		xw.check(f.SetCellStyle(SheetTasks, cell, last, style.text))
		due, _ := excelize.CoordinatesToCellName(lcDue+1, n)
		xw.check(f.SetCellStyle(SheetTasks, due, due, style.date))
	}
	xw.widths(SheetTasks, widths)
	xw.freeze(SheetTasks)

	if _, err := f.NewSheet(SheetUnits); err != nil {
		return err
	}
	xw.title(SheetUnits, plan.Title+"单位完成情况（截至"+asOf.Chinese()+"）", len(unitColumns))
	xw.header(SheetUnits, unitColumns[:])
	uw := make([]int, len(unitColumns))
	for j, h := range unitColumns {
		uw[j] = displayWidth(h)
	}
	for i, u := range comp.Units {
		name := l.Directory().Name(u.Unit)
		rate := u.Rate.Format(1, lawgov.HalfUp) + "（" + u.Rate.String() + "）"
		vals := []any{name, rate, u.Rate.Num, u.Rate.Den, u.OnTime, u.Late, u.Overdue, u.DueSoon}
		uw[0], uw[1] = max(uw[0], displayWidth(name)), max(uw[1], displayWidth(rate))
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		xw.check(f.SetSheetRow(SheetUnits, cell, &vals))
		last, _ := excelize.CoordinatesToCellName(len(unitColumns), i+3)
		xw.check(f.SetCellStyle(SheetUnits, cell, last, styles.plain.text))
	}
	xw.widths(SheetUnits, uw)
	xw.freeze(SheetUnits)
	if xw.err != nil {
		return fmt.Errorf("tasktable: write ledger: %w", xw.err)
	}
	f.SetActiveSheet(0)
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("tasktable: write ledger: %w", err)
	}
	return nil
}

// dateSerial returns the 1900-system serial number of d (d after
// 1900-02-28), the inverse of [SerialDate]. Writing the serial with a date
// format makes a date cell without passing through an instant, which would
// move the day with the time zone.
func dateSerial(d lawgov.Date) int {
	return d.DaysSince(lawgov.MustDate(1899, 12, 30))
}

// xlsxWriter keeps the first error of a run of excelize calls.
type xlsxWriter struct {
	f   *excelize.File
	err error
}

func (x *xlsxWriter) check(err error) {
	if x.err == nil {
		x.err = err
	}
}

type cellStyles struct{ text, date int }

type rowStyleSet struct{ plain, overdue, dueSoon cellStyles }

func (x *xlsxWriter) style(s *excelize.Style) int {
	id, err := x.f.NewStyle(s)
	x.check(err)
	return id
}

var thin = []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}

// rowStyles returns the text and date styles of plain, overdue (red) and
// due-soon (yellow) rows.
func (x *xlsxWriter) rowStyles() rowStyleSet {
	dateFmt := "yyyy/m/d"
	mk := func(fill string) cellStyles {
		var fl excelize.Fill
		if fill != "" {
			fl = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fill}}
		}
		al := &excelize.Alignment{Vertical: "center", WrapText: true}
		return cellStyles{
			text: x.style(&excelize.Style{Border: thin, Fill: fl, Alignment: al}),
			date: x.style(&excelize.Style{Border: thin, Fill: fl, Alignment: al, CustomNumFmt: &dateFmt}),
		}
	}
	return rowStyleSet{plain: mk(""), overdue: mk("FFC7CE"), dueSoon: mk("FFEB9C")}
}

func (x *xlsxWriter) title(sheet, title string, cols int) {
	last, _ := excelize.CoordinatesToCellName(cols, 1)
	x.check(x.f.SetCellValue(sheet, "A1", title))
	x.check(x.f.MergeCell(sheet, "A1", last))
	st := x.style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Family: "宋体"}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	x.check(x.f.SetCellStyle(sheet, "A1", last, st))
	x.check(x.f.SetRowHeight(sheet, 1, 30))
}

func (x *xlsxWriter) header(sheet string, names []string) {
	vals := make([]any, len(names))
	for i, n := range names {
		vals[i] = n
	}
	x.check(x.f.SetSheetRow(sheet, "A2", &vals))
	last, _ := excelize.CoordinatesToCellName(len(names), 2)
	st := x.style(&excelize.Style{Border: thin, Font: &excelize.Font{Bold: true, Family: "黑体"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	x.check(x.f.SetCellStyle(sheet, "A2", last, st))
}

// widths sets each column as wide as its widest text, in character widths
// (a Chinese character counts two), between 6 and 50.
func (x *xlsxWriter) widths(sheet string, w []int) {
	for j, n := range w {
		col, _ := excelize.ColumnNumberToName(j + 1)
		x.check(x.f.SetColWidth(sheet, col, col, float64(min(max(n+2, 6), 50))))
	}
}

// freeze keeps the title and header rows in view.
func (x *xlsxWriter) freeze(sheet string) {
	x.check(x.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}))
}

// displayWidth is the width of s in character cells: two for a wide (East
// Asian) character, one otherwise; for several lines, the widest.
func displayWidth(s string) int {
	widest, n := 0, 0
	for _, r := range s {
		switch {
		case r == '\n':
			n = 0
		case r >= 0x1100 && utf8.RuneLen(r) >= 3:
			n += 2
		default:
			n++
		}
		widest = max(widest, n)
	}
	return widest
}

// WriteCSV writes the task sheet of [WriteXLSX] as CSV: the header row, then
// one row per task, dates as 2019-09-30. The text is UTF-8 with a byte
// order mark, so that Excel opens it correctly, or GB18030 when enc says
// so (EncodingAuto means UTF-8).
func WriteCSV(w io.Writer, l *lawgov.Ledger, asOf lawgov.Date, enc Encoding) error {
	rows, err := ledgerRows(l, asOf)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if enc != EncodingGB18030 {
		buf.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	_ = cw.Write(ledgerColumns[:])
	for _, r := range rows {
		_ = cw.Write(r.text[:])
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("tasktable: write ledger csv: %w", err)
	}
	out := buf.Bytes()
	switch enc {
	case EncodingAuto, EncodingUTF8:
	case EncodingGB18030:
		if out, err = simplifiedchinese.GB18030.NewEncoder().Bytes(out); err != nil {
			return fmt.Errorf("tasktable: write ledger csv as gb18030: %w", err)
		}
	default:
		return fmt.Errorf("tasktable: write ledger csv: unknown encoding %v", enc)
	}
	_, err = w.Write(out)
	return err
}
