package tasktable

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/xuri/excelize/v2"
)

// ReadXLSX imports a task table from an XLSX workbook as Excel and WPS
// save it (see the package documentation): the sheet named in opt, or the
// first sheet with a header row naming 序号 and 工作任务 in its first ten
// non-blank rows. The result names the sheet and header rows read.
//
// The header may follow title rows and may span two rows. Columns are found
// by their Chinese headers in any order, and unknown columns are ignored:
// 序号 (or 编号), 工作任务 (or 任务内容), 牵头单位, 责任单位, 配合单位,
// 完成时限 (or 办理时限), 成果形式, plus the optional 类别 (section) and
// 数量要求 (a quota such as 「不少于4次」 or 「每个单位不少于4次」). 序号,
// 工作任务, 完成时限 and one of 牵头单位 and 责任单位 are required. Without a
// 牵头单位 column, the first 责任单位 is the lead. Unit lists are split by
// [SplitUnits] and every name must be in dir (by name or alias). Deadlines
// are parsed with [lawgov.ParseDeadlinePhrase] in the plan's year; a date
// cell is the date it holds, whatever its number format shows.
//
// Every problem is reported, joined with errors.Join, each an [*Error];
// on any problem the result holds no plan.
func ReadXLSX(r io.Reader, meta lawgov.Plan, dir *lawgov.Directory, opt Options) (Result, error) {
	lim, err := opt.Limits.withDefaults()
	if err != nil {
		return Result{}, err
	}
	b, err := readAll(r, lim.MaxBytes, opt.File)
	if err != nil {
		return Result{}, err
	}
	return readXLSX(b, meta, dir, opt, lim)
}

func readXLSX(b []byte, meta lawgov.Plan, dir *lawgov.Directory, opt Options, lim Limits) (res Result, err error) {
	if err := checkNotCFB(b, opt.File); err != nil {
		return Result{}, err
	}
	if !bytes.HasPrefix(b, zipMagic) {
		return Result{}, &Error{File: opt.File, Reason: "not an XLSX workbook (no ZIP signature)"}
	}
	// The limits below bound excelize; this recover turns a fault left in it
	// by a crafted file into an error rather than a crash of the host.
	defer func() {
		if p := recover(); p != nil {
			res, err = Result{}, &Error{File: opt.File, Sheet: res.Sheet, Reason: fmt.Sprintf("malformed workbook: %v", p)}
		}
	}()
	if err := countCells(b, opt.File, lim); err != nil {
		return Result{}, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{UnzipSizeLimit: lim.MaxUnzipped, UnzipXMLSizeLimit: lim.MaxXMLPart})
	if err != nil {
		e := &Error{File: opt.File, Reason: "open xlsx: " + err.Error(), Err: err}
		if strings.Contains(err.Error(), "size exceeds") {
			e.Err = errors.Join(ErrLimit, err)
		}
		return Result{}, e
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if opt.Sheet != "" {
		idx, err := f.GetSheetIndex(opt.Sheet)
		if err != nil || idx < 0 {
			return Result{}, &Error{File: opt.File, Sheet: opt.Sheet, Reason: fmt.Sprintf("no such sheet; the workbook has %q", sheets)}
		}
		sheets = []string{opt.Sheet}
	}
	if len(sheets) == 0 {
		return Result{}, &Error{File: opt.File, Reason: "workbook has no sheet"}
	}
	props, _ := f.GetWorkbookProps()
	date1904 := props.Date1904 != nil && *props.Date1904
	rd := sheetReader{f: f, file: opt.File, lim: lim, date1904: date1904, dateStyle: map[int]dateFormat{}}
	for _, sh := range sheets {
		g, err := rd.grid(sh)
		if err != nil {
			return Result{}, err
		}
		if _, ok := findHeader(g); !ok && len(sheets) > 1 {
			continue
		}
		return importGrid(g, meta, dir, opt.File, sh)
	}
	return Result{}, &Error{File: opt.File, Reason: fmt.Sprintf("no sheet of %q has a header row with 序号 and 工作任务 in its first %d rows", sheets, headerSearchRows)}
}

// countCells streams the worksheets of the workbook b and counts their
// cell elements, so that a sheet of millions of (even blank) cells is
// refused before excelize loads it whole to read merged ranges and cell
// formats. Parts that do not open are left for excelize to report.
func countCells(b []byte, file string, lim Limits) error {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil
	}
	buf := make([]byte, 64<<10)
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") || !strings.HasSuffix(zf.Name, ".xml") {
			continue
		}
		if zf.UncompressedSize64 > uint64(lim.MaxUnzipped) {
			return limitError(file, "", 0, "", "unzipped size of "+zf.Name, lim.MaxUnzipped)
		}
		rc, err := zf.Open()
		if err != nil {
			continue
		}
		cells, prev := 0, [2]byte{}
		r := io.LimitReader(rc, lim.MaxUnzipped+1)
		for {
			n, err := r.Read(buf)
			for _, c := range buf[:n] {
				// A cell element: "<c" or a prefixed ":c", then a space, ">" or "/".
				if (prev[0] == '<' || prev[0] == ':') && prev[1] == 'c' && (c == ' ' || c == '>' || c == '/') {
					cells++
				}
				prev[0], prev[1] = prev[1], c
			}
			if cells > lim.MaxCells {
				rc.Close()
				return limitError(file, "", 0, "", "cell count of "+zf.Name, int64(lim.MaxCells))
			}
			if err != nil {
				break
			}
		}
		rc.Close()
	}
	return nil
}

// sheetReader reads sheets of one workbook into grids.
type sheetReader struct {
	f         *excelize.File
	file      string
	lim       Limits
	date1904  bool
	dateStyle map[int]dateFormat // by style index
}

// dateFormat says whether a number format shows a date, and how.
type dateFormat uint8

const (
	notDate     dateFormat = iota
	dateSlashes            // 2019/9/30
	dateChinese            // 2019年9月30日
)

// grid reads a sheet: cached values of every cell (formulas included), date
// cells as dates, merged ranges filled from their top-left cell.
func (rd *sheetReader) grid(sheet string) (*grid, error) {
	rows, err := rd.f.Rows(sheet)
	if err != nil {
		return nil, &Error{File: rd.file, Sheet: sheet, Reason: "read sheet: " + err.Error(), Err: err}
	}
	g := &grid{}
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			rows.Close()
			return nil, &Error{File: rd.file, Sheet: sheet, Row: n, Reason: "read row: " + err.Error(), Err: err}
		}
		if err := g.addRow(n, cells, rd.file, sheet, rd.lim); err != nil {
			rows.Close()
			return nil, err
		}
	}
	if err := rows.Error(); err != nil {
		rows.Close()
		return nil, &Error{File: rd.file, Sheet: sheet, Reason: "read sheet: " + err.Error(), Err: err}
	}
	if err := rows.Close(); err != nil {
		return nil, &Error{File: rd.file, Sheet: sheet, Reason: "read sheet: " + err.Error(), Err: err}
	}
	for i := range g.rows {
		r := &g.rows[i]
		for j, c := range r.cells {
			if !isSerial(c) {
				continue
			}
			if s, ok := rd.dateCell(sheet, cellName(j, r.num), c); ok {
				r.cells[j] = s
			}
		}
	}
	if err := rd.fillMerged(sheet, g); err != nil {
		return nil, err
	}
	return g, nil
}

// isSerial reports whether s looks like a spreadsheet serial number: digits
// with an optional fraction.
func isSerial(s string) bool {
	digits, frac, _ := strings.Cut(s, ".")
	if digits == "" || len(digits) > 7 {
		return false
	}
	for _, part := range [...]string{digits, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

// dateCell renders the number cell ref as a date when its number format
// shows one.
func (rd *sheetReader) dateCell(sheet, ref, raw string) (string, bool) {
	typ, err := rd.f.GetCellType(sheet, ref)
	if err != nil || (typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber) {
		return "", false
	}
	idx, err := rd.f.GetCellStyle(sheet, ref)
	if err != nil {
		return "", false
	}
	df, ok := rd.dateStyle[idx]
	if !ok {
		df = notDate
		if st, err := rd.f.GetStyle(idx); err == nil {
			df = styleDateFormat(st)
		}
		rd.dateStyle[idx] = df
	}
	if df == notDate {
		return "", false
	}
	serial, _, _ := strings.Cut(raw, ".")
	n, err := strconv.Atoi(serial)
	if err != nil {
		return "", false
	}
	d, ok := SerialDate(n, rd.date1904)
	if !ok {
		return "", false
	}
	y, m, day := d.Date()
	if df == dateChinese {
		return fmt.Sprintf("%d年%d月%d日", y, m, day), true
	}
	return fmt.Sprintf("%d/%d/%d", y, m, day), true
}

// SerialDate returns the day of a spreadsheet date serial number (its whole
// part): in the 1900 date system serial 1 is 1900-01-01 and serial 60 is the
// 29 February 1900 that Excel counts but that never was (so it is
// rejected); in the 1904 date system serial 0 is 1904-01-01.
func SerialDate(serial int, date1904 bool) (lawgov.Date, bool) {
	switch {
	case serial < 0 || serial > 2958465: // 9999-12-31
		return lawgov.Date{}, false
	case date1904:
		return lawgov.MustDate(1904, time.January, 1).AddDays(serial), true
	case serial == 0 || serial == 60:
		return lawgov.Date{}, false
	case serial < 60:
		return lawgov.MustDate(1899, time.December, 31).AddDays(serial), true
	}
	return lawgov.MustDate(1899, time.December, 30).AddDays(serial), true
}

// styleDateFormat says whether a cell style's number format shows a date:
// the built-in date formats (14–17, 22, 27–36, 50–58: the East Asian ones
// included) or a custom format with year, month or day codes outside quoted
// text and brackets.
func styleDateFormat(st *excelize.Style) dateFormat {
	if st.CustomNumFmt != nil && *st.CustomNumFmt != "" {
		return customDateFormat(*st.CustomNumFmt)
	}
	switch n := st.NumFmt; {
	case n >= 14 && n <= 17, n == 22:
		return dateSlashes
	case n >= 27 && n <= 36, n >= 50 && n <= 58:
		return dateChinese
	}
	return notDate
}

func customDateFormat(code string) dateFormat {
	quoted, bracket, esc := false, false, false
	date, chinese := false, false
	for _, r := range code {
		switch {
		case esc || quoted:
			if r == '"' && !esc {
				quoted = false
			} else if r == '年' {
				chinese = true
			}
			esc = false
		case r == '\\':
			esc = true
		case r == '"':
			quoted = true
		case r == '[':
			bracket = true
		case r == ']':
			bracket = false
		case bracket:
		case r == 'y' || r == 'Y' || r == 'd' || r == 'D' || r == 'e':
			date = true
		case r == '年':
			chinese = true
		}
	}
	switch {
	case !date:
		return notDate
	case chinese:
		return dateChinese
	}
	return dateSlashes
}

// fillMerged gives every cell of a merged range the text of its top-left
// cell, within the rows read.
func (rd *sheetReader) fillMerged(sheet string, g *grid) error {
	merged, err := rd.f.GetMergeCells(sheet, true)
	if err != nil {
		return &Error{File: rd.file, Sheet: sheet, Reason: "read merged cells: " + err.Error(), Err: err}
	}
	if len(merged) == 0 || len(g.rows) == 0 {
		return nil
	}
	byNum := make(map[int]int, len(g.rows))
	for i, r := range g.rows {
		byNum[r.num] = i
	}
	for _, mc := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err1 != nil || err2 != nil || c2 < c1 || r2 < r1 {
			continue
		}
		top, ok := byNum[r1]
		if !ok {
			continue
		}
		v := g.rows[top].cell(c1 - 1)
		if v == "" {
			continue
		}
		c2 = min(c2, rd.lim.MaxCols)
		// Visit the rows read inside the range, not every row number it
		// claims: a crafted range may cover a million rows.
		for i := top; i < len(g.rows) && g.rows[i].num <= r2; i++ {
			r := &g.rows[i]
			for j := c1 - 1; j < c2; j++ {
				if j >= len(r.cells) {
					r.cells = append(r.cells, make([]string, j+1-len(r.cells))...)
				}
				if r.cells[j] == "" {
					r.cells[j] = v
				}
			}
		}
	}
	return nil
}
