package tasktable

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
)

// importGrid turns the grid of a sheet or CSV file into a plan: meta with
// its Tasks replaced by the table's, as [ReadXLSX] describes.
func importGrid(g *grid, meta lawgov.Plan, dir *lawgov.Directory, file, sheet string) (Result, error) {
	res := Result{Sheet: sheet}
	h, ok := findHeader(g)
	if !ok {
		return res, &Error{File: file, Sheet: sheet, Reason: fmt.Sprintf("no header row with 序号 and 工作任务 in the first %d rows", headerSearchRows)}
	}
	hdrRow := g.rows[h.last].num
	for i := h.first; i <= h.last; i++ {
		res.HeaderRows = append(res.HeaderRows, g.rows[i].num)
	}
	var errs []error
	if h.cols[colResponsible] < 0 && h.cols[colLead] < 0 {
		errs = append(errs, &Error{File: file, Sheet: sheet, Row: hdrRow, Reason: "missing column 责任单位 or 牵头单位"})
	}
	if h.cols[colDeadline] < 0 {
		errs = append(errs, &Error{File: file, Sheet: sheet, Row: hdrRow, Reason: "missing column 完成时限"})
	}
	if len(errs) > 0 {
		return res, errors.Join(errs...)
	}
	colName := func(c int) string {
		if h.cols[c] < 0 {
			return ""
		}
		return columnName(h.cols[c]) + " " + h.names[h.cols[c]]
	}
	type parsed struct {
		d   lawgov.Deadline
		err error
	}
	phrases := map[string]parsed{} // tables repeat a few phrases on every row
	seen := make(map[string]int, len(g.rows)-h.last-1)
	tasks := make([]lawgov.Task, 0, len(g.rows)-h.last-1)
	for _, row := range g.rows[h.last+1:] {
		fail := func(col int, value, reason string, err error) {
			errs = append(errs, &Error{File: file, Sheet: sheet, Row: row.num, Column: colName(col), Value: value, Reason: reason, Err: err})
		}
		cell := func(c int) string { return strings.TrimSpace(row.cell(h.cols[c])) }
		t := lawgov.Task{ID: cell(colID), Section: cell(colSection), Title: cell(colTitle), Output: cell(colOutput)}
		switch j, dup := seen[t.ID]; {
		case t.ID == "":
			fail(colID, "", "missing 序号", nil)
		case dup:
			fail(colID, t.ID, fmt.Sprintf("duplicate 序号, first on row %d", j), nil)
		default:
			seen[t.ID] = row.num
		}
		if t.Title == "" {
			fail(colTitle, "", "missing 工作任务", nil)
		}
		units := func(c int) []lawgov.UnitID {
			s := cell(c)
			if s == "" {
				return nil
			}
			out := make([]lawgov.UnitID, 0, countUnits(s))
			for name := range unitNames(s) {
				u, ok := dir.Lookup(name)
				if !ok {
					fail(c, name, "unknown unit", nil)
					continue
				}
				out = append(out, u.ID)
			}
			if len(out) == 0 {
				return nil
			}
			return out
		}
		lead := units(colLead)
		t.Responsible = units(colResponsible)
		t.Cooperating = units(colCooperating)
		switch {
		case len(lead) > 1:
			fail(colLead, cell(colLead), "more than one lead unit", nil)
		case len(lead) == 1:
			t.Lead = lead[0]
		case len(t.Responsible) > 0:
			t.Lead = t.Responsible[0]
		case cell(colLead) == "" && cell(colResponsible) == "":
			c := colResponsible
			if h.cols[c] < 0 {
				c = colLead
			}
			fail(c, "", "no lead or responsible unit", nil)
		}
		if s := cell(colDeadline); s == "" {
			fail(colDeadline, "", "missing 完成时限", nil)
		} else {
			p, ok := phrases[s]
			if !ok {
				p.d, p.err = lawgov.ParseDeadlinePhrase(s, meta.Year)
				phrases[s] = p
			}
			if p.err != nil {
				fail(colDeadline, s, "unknown deadline phrase", p.err)
			} else {
				t.Deadline = p.d
			}
		}
		if s := cell(colQuota); s != "" {
			q, err := lawgov.ParseQuota(s)
			if err != nil {
				fail(colQuota, s, "unknown quota phrase", err)
			}
			t.Quota = q
		}
		tasks = append(tasks, t)
	}
	if len(errs) > 0 {
		return res, errors.Join(errs...)
	}
	if len(tasks) == 0 {
		return res, &Error{File: file, Sheet: sheet, Row: hdrRow, Reason: "no tasks below the header row"}
	}
	meta.Tasks = tasks
	if err := meta.Validate(dir); err != nil {
		return res, fmt.Errorf("tasktable: import %q: %w", meta.Title, err)
	}
	res.Plan = meta
	return res, nil
}

// SplitUnits splits the text of a unit cell into unit names: names are
// separated by 、，, ；; spaces or line breaks (one unit per line, as Alt+Enter
// writes them), and empty names are dropped.
func SplitUnits(s string) []string {
	return slices.Collect(unitNames(s))
}

func isUnitSeparator(r rune) bool {
	switch r {
	case '、', '，', ',', '；', ';', ' ', '\t', '\n', '\r', '\u3000', '\u00A0':
		return true
	}
	return false
}

// unitNames yields the unit names of s, as SplitUnits splits them.
func unitNames(s string) iter.Seq[string] {
	return strings.FieldsFuncSeq(s, isUnitSeparator)
}

// countUnits returns how many names unitNames yields.
func countUnits(s string) int {
	n := 0
	for range unitNames(s) {
		n++
	}
	return n
}
