package tasktable

import "fmt"

// Limits bound what a reader accepts, so that a crafted file cannot take
// the host down. The zero Limits uses the defaults, which fit any real work
// plan many times over; a negative value is not allowed.
type Limits struct {
	// MaxBytes is the size of the file read. Defaults to 64 MiB.
	MaxBytes int64
	// MaxUnzipped is the total uncompressed size of an XLSX workbook
	// (excelize's UnzipSizeLimit). Defaults to 64 MiB, room for a sheet of
	// about 100,000 rows.
	MaxUnzipped int64
	// MaxXMLPart is the size of a worksheet or shared-string part unzipped
	// in memory; larger parts go to a temporary file (excelize's
	// UnzipXMLSizeLimit). Defaults to 16 MiB, and never more than MaxUnzipped.
	MaxXMLPart int64
	// MaxRows is the number of non-blank rows of a sheet or CSV file.
	// Defaults to 200,000.
	MaxRows int
	// MaxCols is the number of columns. Defaults to 256.
	MaxCols int
	// MaxCellBytes is the size of one cell's text, in bytes. Defaults to
	// 32 KiB (Excel holds at most 32,767 characters in a cell).
	MaxCellBytes int
	// MaxCells is the number of cells an XLSX sheet may hold, blank ones
	// included. The sheet is streamed and counted before merged ranges and
	// cell formats are read, which loads the whole sheet into memory.
	// Defaults to 2,000,000.
	MaxCells int
}

// The default limits.
const (
	DefaultMaxBytes     = 64 << 20
	DefaultMaxUnzipped  = 64 << 20
	DefaultMaxXMLPart   = 16 << 20
	DefaultMaxRows      = 200_000
	DefaultMaxCols      = 256
	DefaultMaxCellBytes = 32 << 10
	DefaultMaxCells     = 2_000_000
)

// withDefaults returns l with zero fields set to their defaults, or an
// error for a negative field.
func (l Limits) withDefaults() (Limits, error) {
	if l.MaxBytes < 0 || l.MaxUnzipped < 0 || l.MaxXMLPart < 0 || l.MaxRows < 0 || l.MaxCols < 0 || l.MaxCellBytes < 0 || l.MaxCells < 0 {
		return Limits{}, fmt.Errorf("tasktable: negative limit in %+v", l)
	}
	def := func(v *int64, d int64) {
		if *v == 0 {
			*v = d
		}
	}
	defInt := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&l.MaxBytes, DefaultMaxBytes)
	def(&l.MaxUnzipped, DefaultMaxUnzipped)
	def(&l.MaxXMLPart, DefaultMaxXMLPart)
	l.MaxXMLPart = min(l.MaxXMLPart, l.MaxUnzipped)
	defInt(&l.MaxRows, DefaultMaxRows)
	defInt(&l.MaxCols, DefaultMaxCols)
	defInt(&l.MaxCellBytes, DefaultMaxCellBytes)
	defInt(&l.MaxCells, DefaultMaxCells)
	return l, nil
}

// limitError returns the *Error for a value beyond a limit.
func limitError(file, sheet string, row int, column, what string, limit int64) error {
	return &Error{File: file, Sheet: sheet, Row: row, Column: column, Reason: fmt.Sprintf("%s exceeds the limit of %d", what, limit), Err: ErrLimit}
}
