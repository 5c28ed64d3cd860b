package tasktable

import "strings"

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
	colSection:     {"类别", "工作类别", "板块", "章节", "项目类别", "任务类别"},
	colTitle:       {"工作任务", "任务内容", "工作内容", "重点任务", "任务名称", "主要任务", "具体任务", "工作事项"},
	colLead:        {"牵头单位", "牵头部门"},
	colResponsible: {"责任单位", "责任部门"},
	colCooperating: {"配合单位", "协办单位", "配合部门"},
	colDeadline:    {"完成时限", "办理时限", "时间要求", "完成时间", "完成期限", "时间节点"},
	colOutput:      {"成果形式"},
	colQuota:       {"数量要求", "量化指标"},
}

// headerSearchRows is how many leading non-blank rows may hold titles
// before the header row.
const headerSearchRows = 10

// header is the header of a table: the grid rows it spans and the column
// of each field (-1 when absent).
type header struct {
	first, last int // indexes into grid.rows
	cols        [numCols]int
	names       []string // the header text of each column, without spaces or line breaks
}

// normaliseHeader removes spaces and line breaks: 「完成\n时限」 is 完成时限.
func normaliseHeader(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\u3000', '\uFEFF':
			return -1
		}
		return r
	}, s)
}

// headerField returns the field a header text names, or -1.
func headerField(h string) int {
	for c, names := range columnHeaders {
		for _, n := range names {
			if h == n {
				return c
			}
		}
	}
	return -1
}

// matchHeader maps the fields to the first column naming each.
func matchHeader(names []string) [numCols]int {
	var cols [numCols]int
	for c := range cols {
		cols[c] = -1
	}
	for j, h := range names {
		if c := headerField(h); c >= 0 && cols[c] < 0 {
			cols[c] = j
		}
	}
	return cols
}

// findHeader returns the header of g: the first of its leading rows naming
// both 序号 and 工作任务, joined with the row below it when that row is the
// lower half of a two-row header (a row of recognised headers under group
// cells, the other cells repeating the upper row as merged cells do).
func findHeader(g *grid) (header, bool) {
	for i := 0; i < len(g.rows) && i < headerSearchRows; i++ {
		upper := normalisedRow(g.rows[i])
		cols := matchHeader(upper)
		if cols[colID] < 0 || cols[colTitle] < 0 {
			continue
		}
		h := header{first: i, last: i, cols: cols, names: upper}
		if i+1 < len(g.rows) && g.rows[i+1].num == g.rows[i].num+1 {
			lower := normalisedRow(g.rows[i+1])
			if names, ok := joinHeader(upper, lower); ok {
				h.last, h.names, h.cols = i+1, names, matchHeader(names)
			}
		}
		return h, true
	}
	return header{}, false
}

// joinHeader joins the two rows of a two-row header: the lower cell names a
// column when it is a recognised header; the upper cell names it otherwise.
// It reports false when lower is not a header row.
func joinHeader(upper, lower []string) ([]string, bool) {
	names := make([]string, max(len(upper), len(lower)))
	copy(names, upper)
	split := false
	for j, lo := range lower {
		up := ""
		if j < len(upper) {
			up = upper[j]
		}
		switch {
		case lo == "" || lo == up:
		case headerField(lo) >= 0:
			names[j] = lo
			split = true
		default:
			return nil, false
		}
	}
	return names, split
}

func normalisedRow(r gridRow) []string {
	out := make([]string, len(r.cells))
	for j, c := range r.cells {
		out[j] = normaliseHeader(c)
	}
	return out
}
