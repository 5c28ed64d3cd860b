package lawgov

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// The columns of a task decomposition table (任务分解表), each with the
// headers met in practice.
const (
	colID = iota
	colSection
	colTitle
	colLead
	colResponsible
	colCooperating
	colDeadline
	colOutput
	colQuota
	numCols
)

var columnHeaders = [numCols][]string{
	colID:          {"序号", "编号", "任务编号"},
	colSection:     {"类别", "工作类别", "板块", "章节", "项目类别"},
	colTitle:       {"工作任务", "任务内容", "工作内容", "重点任务", "任务名称"},
	colLead:        {"牵头单位"},
	colResponsible: {"责任单位"},
	colCooperating: {"配合单位", "协办单位"},
	colDeadline:    {"完成时限", "办理时限", "时间要求", "完成时间"},
	colOutput:      {"成果形式"},
	colQuota:       {"数量要求", "量化指标"},
}

// headerSearchRows is how many leading rows may hold a title before the
// header row.
const headerSearchRows = 10

// ImportError reports one problem of a task table: the row (1-based, as a
// spreadsheet numbers it, header and title rows included), the column
// (letter and header) and the cell's value. The zero ImportError is not
// produced by the package.
type ImportError struct {
	Row    int    // 1-based; 0 when the problem is the table as a whole
	Column string // e.g. "E 完成时限"; empty when the problem is the row or table
	Value  string
	Reason string
	Err    error // the cause, e.g. a deadline phrase error; may be nil
}

// Error implements error: "lawgov: import task table row <n> column <c>
// <%q value>: <reason>", leaving out what is not known.
func (e *ImportError) Error() string {
	switch {
	case e.Row == 0:
		return fmt.Sprintf("lawgov: import task table: %s", e.Reason)
	case e.Column == "":
		return fmt.Sprintf("lawgov: import task table row %d %q: %s", e.Row, e.Value, e.Reason)
	}
	return fmt.Sprintf("lawgov: import task table row %d column %s %q: %s", e.Row, e.Column, e.Value, e.Reason)
}

// Unwrap returns the cause.
func (e *ImportError) Unwrap() error { return e.Err }

// ReadPlanCSV reads a task decomposition table in CSV (UTF-8, a byte order
// mark allowed) and returns meta with its Tasks replaced by the table's.
// meta supplies the year (for deadline phrases), issuer, document number,
// title and date.
//
// The header row may follow up to nine title rows. Columns are found by
// their Chinese headers in any order, and unknown columns are ignored:
// 序号 (or 编号), 工作任务 (or 任务内容), 牵头单位, 责任单位, 配合单位,
// 完成时限 (or 办理时限), 成果形式, plus the optional 类别 (section) and
// 数量要求 (a quota such as 「不少于4次」 or 「每个单位不少于4次」). 序号,
// 工作任务, 完成时限 and one of 牵头单位 and 责任单位 are required. Without a
// 牵头单位 cell, the first 责任单位 is the lead. Unit lists are separated by
// 、，, or ；and every name must be in dir (by name or alias). Deadlines
// are parsed with [ParseDeadlinePhrase].
//
// Every problem is reported, joined with errors.Join, each an *ImportError
// naming the row and column; on any problem no plan is returned.
func ReadPlanCSV(r io.Reader, meta Plan, dir *Directory) (Plan, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		return Plan{}, &ImportError{Reason: "read csv: " + err.Error(), Err: err}
	}
	if len(rows) > 0 && len(rows[0]) > 0 {
		rows[0][0] = strings.TrimPrefix(rows[0][0], "\uFEFF")
	}
	return importTable(rows, meta, dir)
}

// ReadPlanXLSX reads a task decomposition table from the sheet of an XLSX
// workbook (the first sheet when sheet is empty), as [ReadPlanCSV] does.
func ReadPlanXLSX(r io.Reader, sheet string, meta Plan, dir *Directory) (Plan, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return Plan{}, &ImportError{Reason: "open xlsx: " + err.Error(), Err: err}
	}
	defer f.Close()
	if sheet == "" {
		sheets := f.GetSheetList()
		if len(sheets) == 0 {
			return Plan{}, &ImportError{Reason: "workbook has no sheet"}
		}
		sheet = sheets[0]
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		return Plan{}, &ImportError{Reason: fmt.Sprintf("read sheet %q: %v", sheet, err), Err: err}
	}
	return importTable(rows, meta, dir)
}

func normaliseHeader(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\u3000':
			return -1
		}
		return r
	}, s)
}

// columnName returns the spreadsheet letter of column i (0-based): A, B, …, AA.
func columnName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

func importTable(rows [][]string, meta Plan, dir *Directory) (Plan, error) {
	hdr, cols := -1, [numCols]int{}
	for i := 0; i < len(rows) && i < headerSearchRows && hdr < 0; i++ {
		for c := range cols {
			cols[c] = -1
		}
		for j, cell := range rows[i] {
			h := normaliseHeader(cell)
			for c, names := range columnHeaders {
				for _, n := range names {
					if h == n && cols[c] < 0 {
						cols[c] = j
					}
				}
			}
		}
		if cols[colID] >= 0 && cols[colTitle] >= 0 {
			hdr = i
		}
	}
	if hdr < 0 {
		return Plan{}, &ImportError{Reason: "no header row with 序号 and 工作任务 in the first 10 rows"}
	}
	var errs []error
	if cols[colResponsible] < 0 && cols[colLead] < 0 {
		errs = append(errs, &ImportError{Row: hdr + 1, Reason: "missing column 责任单位 or 牵头单位"})
	}
	if cols[colDeadline] < 0 {
		errs = append(errs, &ImportError{Row: hdr + 1, Reason: "missing column 完成时限"})
	}
	if len(errs) > 0 {
		return Plan{}, errors.Join(errs...)
	}
	fail := func(row, col int, value, reason string, err error) {
		e := &ImportError{Row: row + 1, Value: value, Reason: reason, Err: err}
		if col >= 0 && cols[col] >= 0 {
			e.Column = columnName(cols[col]) + " " + rows[hdr][cols[col]]
		}
		errs = append(errs, e)
	}
	seen := map[string]int{}
	var tasks []Task
	for i := hdr + 1; i < len(rows); i++ {
		row := rows[i]
		cell := func(c int) string {
			if cols[c] < 0 || cols[c] >= len(row) {
				return ""
			}
			return strings.TrimSpace(row[cols[c]])
		}
		blank := true
		for _, v := range row {
			if strings.TrimSpace(v) != "" {
				blank = false
				break
			}
		}
		if blank {
			continue
		}
		t := Task{ID: cell(colID), Section: cell(colSection), Title: cell(colTitle), Output: cell(colOutput)}
		switch j, dup := seen[t.ID]; {
		case t.ID == "":
			fail(i, colID, "", "missing 序号", nil)
		case dup:
			fail(i, colID, t.ID, fmt.Sprintf("duplicate 序号, first on row %d", j+1), nil)
		default:
			seen[t.ID] = i
		}
		if t.Title == "" {
			fail(i, colTitle, "", "missing 工作任务", nil)
		}
		units := func(c int) []UnitID {
			var out []UnitID
			for _, name := range splitUnits(cell(c)) {
				u, ok := dir.Lookup(name)
				if !ok {
					fail(i, c, name, "unknown unit", nil)
					continue
				}
				out = append(out, u.ID)
			}
			return out
		}
		lead := units(colLead)
		t.Responsible = units(colResponsible)
		t.Cooperating = units(colCooperating)
		switch {
		case len(lead) > 1:
			fail(i, colLead, cell(colLead), "more than one lead unit", nil)
		case len(lead) == 1:
			t.Lead = lead[0]
		case len(t.Responsible) > 0:
			t.Lead = t.Responsible[0]
		case cell(colLead) == "" && cell(colResponsible) == "":
			c := colResponsible
			if cols[c] < 0 {
				c = colLead
			}
			fail(i, c, "", "no lead or responsible unit", nil)
		}
		if s := cell(colDeadline); s == "" {
			fail(i, colDeadline, "", "missing 完成时限", nil)
		} else if d, err := ParseDeadlinePhrase(s, meta.Year); err != nil {
			fail(i, colDeadline, s, "unknown deadline phrase", err)
		} else {
			t.Deadline = d
		}
		if s := cell(colQuota); s != "" {
			q, err := ParseQuota(s)
			if err != nil {
				fail(i, colQuota, s, "unknown quota phrase", err)
			}
			t.Quota = q
		}
		tasks = append(tasks, t)
	}
	if len(errs) > 0 {
		return Plan{}, errors.Join(errs...)
	}
	if len(tasks) == 0 {
		return Plan{}, &ImportError{Row: hdr + 1, Reason: "no tasks below the header row"}
	}
	meta.Tasks = tasks
	if err := meta.Validate(dir); err != nil {
		return Plan{}, fmt.Errorf("lawgov: import task table %q: %w", meta.Title, err)
	}
	return meta, nil
}

// splitUnits splits a unit list at 、，, ；; and drops empty names.
func splitUnits(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '、', '，', ',', '；', ';':
			return true
		}
		return false
	})
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var quotaPhrase = regexp.MustCompile(`^(每个单位|各单位|每单位)?(?:不少于|至少|不低于)(\d{1,9})(\p{Han}{0,2})$`)

// ParseQuota parses a minimum-count phrase: 「不少于4次」 (overall) or
// 「每个单位不少于4次」 (also 「各单位」), with 至少 or 不低于 for 不少于.
func ParseQuota(s string) (Quota, error) {
	m := quotaPhrase.FindStringSubmatch(normaliseHeader(s))
	if m == nil {
		return Quota{}, fmt.Errorf("lawgov: parse quota %q: unknown phrase", s)
	}
	n, _ := strconv.ParseInt(m[2], 10, 64)
	if n <= 0 {
		return Quota{}, fmt.Errorf("lawgov: parse quota %q: minimum must be positive", s)
	}
	q := Quota{Min: n, Measure: m[3], Scope: QuotaOverall}
	if m[1] != "" {
		q.Scope = QuotaPerUnit
	}
	return q, nil
}

// ReadUnitsCSV reads units from CSV with the header
// "id,name,kind,level,parent,aliases": kind and level as their codes
// ("department", "county"), aliases separated by "|"; a byte order mark is
// allowed. Build a [Directory] from the result.
func ReadUnitsCSV(r io.Reader) ([]Unit, error) {
	cr := csv.NewReader(r)
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("lawgov: read units: %w", err)
	}
	if len(rows) > 0 && len(rows[0]) > 0 {
		rows[0][0] = strings.TrimPrefix(rows[0][0], "\uFEFF")
	}
	want := []string{"id", "name", "kind", "level", "parent", "aliases"}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(want, ",") {
		return nil, fmt.Errorf("lawgov: read units: want header %q", strings.Join(want, ","))
	}
	var out []Unit
	for i, row := range rows[1:] {
		u := Unit{ID: UnitID(row[0]), Name: row[1], Parent: UnitID(row[4])}
		if err := u.Kind.UnmarshalText([]byte(row[2])); err != nil {
			return nil, fmt.Errorf("lawgov: read units line %d %q: %w", i+2, row[2], err)
		}
		if err := u.Level.UnmarshalText([]byte(row[3])); err != nil {
			return nil, fmt.Errorf("lawgov: read units line %d %q: %w", i+2, row[3], err)
		}
		if row[5] != "" {
			u.Aliases = strings.Split(row[5], "|")
		}
		out = append(out, u)
	}
	return out, nil
}
