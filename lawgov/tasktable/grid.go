package tasktable

import (
	"slices"
	"strconv"
	"strings"
)

// grid is the non-blank rows of a sheet or CSV file, as text, with their
// spreadsheet row numbers.
type grid struct {
	rows []gridRow
}

type gridRow struct {
	num   int // 1-based
	cells []string
}

// addRow appends row num unless it is blank, checking the limits. cells may
// be reused by the caller.
func (g *grid) addRow(num int, cells []string, file, sheet string, lim Limits) error {
	return g.add(num, cells, true, file, sheet, lim)
}

// addOwnedRow is addRow for cells the grid may keep.
func (g *grid) addOwnedRow(num int, cells []string, file, sheet string, lim Limits) error {
	return g.add(num, cells, false, file, sheet, lim)
}

func (g *grid) add(num int, cells []string, clone bool, file, sheet string, lim Limits) error {
	n := len(cells)
	for n > 0 && strings.TrimSpace(cells[n-1]) == "" {
		n--
	}
	if n == 0 {
		return nil
	}
	if n > lim.MaxCols {
		return limitError(file, sheet, num, columnName(n-1), "column count", int64(lim.MaxCols))
	}
	for j, c := range cells[:n] {
		if len(c) > lim.MaxCellBytes {
			return limitError(file, sheet, num, columnName(j), "cell size", int64(lim.MaxCellBytes))
		}
	}
	if len(g.rows) >= lim.MaxRows {
		return limitError(file, sheet, num, "", "row count", int64(lim.MaxRows))
	}
	if clone {
		cells = slices.Clone(cells[:n])
	}
	g.rows = append(g.rows, gridRow{num: num, cells: cells[:n]})
	return nil
}

// cell returns the text of column j of row r, or "".
func (r gridRow) cell(j int) string {
	if j < 0 || j >= len(r.cells) {
		return ""
	}
	return r.cells[j]
}

// columnName returns the spreadsheet letter of column i (0-based): A, B, …, AA.
func columnName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// cellName returns the A1 reference of column j (0-based) in row n (1-based).
func cellName(j, n int) string { return columnName(j) + strconv.Itoa(n) }
