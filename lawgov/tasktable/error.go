package tasktable

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrLimit is wrapped by the errors of inputs beyond a [Limits] bound.
var ErrLimit = errors.New("tasktable: limit exceeded")

// ErrLegacyFormat is wrapped by the error for an old Excel 97–2003 workbook
// (.xls, BIFF) or a password-protected workbook: both are Compound File
// Binary containers, which this package does not read. The user should open
// the file in Excel or WPS and save it as .xlsx without a password.
var ErrLegacyFormat = errors.New("tasktable: .xls (Excel 97-2003) or password-protected workbook: open it in Excel or WPS and save it as .xlsx without a password")

// ErrEncoding is wrapped by the error of a CSV file whose bytes are not
// valid in its encoding.
var ErrEncoding = errors.New("tasktable: invalid text encoding")

// Error reports one problem of a table: the sheet (empty for CSV), the row
// (1-based, as a spreadsheet numbers it, title and header rows included;
// 0 when the problem is the file as a whole), the column (its letter and
// header, e.g. "F 完成时限"), the cell's text and the reason. The zero Error
// is not produced by the package.
type Error struct {
	File   string // the file name when the caller gave one (see [Options]); may be empty
	Sheet  string
	Row    int
	Column string
	Value  string
	Reason string
	Err    error // the cause, e.g. a deadline phrase error or ErrLimit; may be nil
}

// Error implements error: "tasktable: <file> sheet <s> row <n> column <c>
// <%q value>: <reason>", leaving out what is not known or empty.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("tasktable:")
	if e.File != "" {
		b.WriteString(" " + e.File)
	}
	if e.Sheet != "" {
		b.WriteString(" sheet " + strconv.Quote(e.Sheet))
	}
	if e.Row > 0 {
		b.WriteString(" row " + strconv.Itoa(e.Row))
	}
	if e.Column != "" {
		b.WriteString(" column " + e.Column)
	}
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", e.Value)
	}
	if b.Len() == len("tasktable:") {
		return "tasktable: " + e.Reason
	}
	b.WriteString(": " + e.Reason)
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }
