package tasktable

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/fazhi-go/fazhi/lawgov"
)

// Encoding is the text encoding of a CSV file (编码). The zero Encoding is
// EncodingAuto.
type Encoding uint8

// The encodings.
const (
	EncodingAuto    Encoding = iota // valid UTF-8 is read as UTF-8, anything else as GB18030
	EncodingUTF8                    // UTF-8, with or without a byte order mark
	EncodingGB18030                 // GB18030, a superset of GBK and GB2312
)

var encodingNames = [...]string{EncodingAuto: "auto", EncodingUTF8: "utf-8", EncodingGB18030: "gb18030"}

// String returns the encoding's name: "auto", "utf-8" or "gb18030".
func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", e)
}

// Options configure a reader. The zero Options reads the first sheet with a
// recognised header, detects the encoding of a CSV file and uses the
// default [Limits].
type Options struct {
	// File names the file in errors, e.g. "任务分解表.xlsx". Optional.
	File string
	// Sheet is the sheet to read. Defaults to the first sheet with a
	// recognised header row. Ignored for CSV.
	Sheet string
	// Encoding forces the encoding of a CSV file. Defaults to detection.
	Encoding Encoding
	// Limits bound the input; see [Limits].
	Limits Limits
}

// Result is an imported task table: the plan, and where it was found.
// The zero Result holds no plan.
type Result struct {
	Plan       lawgov.Plan
	Sheet      string   // the sheet read; empty for CSV
	HeaderRows []int    // the header rows, 1-based (two for a two-row header)
	Encoding   Encoding // CSV: the encoding the file was read in; EncodingAuto for XLSX
}

// The first bytes of the formats read.
var (
	zipMagic = []byte("PK\x03\x04")
	cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// Read imports a task table from r, recognising the format by its first
// bytes: a ZIP container is read as XLSX ([ReadXLSX]), a Compound File
// Binary container (an .xls workbook, or an encrypted .xlsx) is rejected
// with [ErrLegacyFormat], and anything else is read as CSV ([ReadCSV]).
func Read(r io.Reader, meta lawgov.Plan, dir *lawgov.Directory, opt Options) (Result, error) {
	lim, err := opt.Limits.withDefaults()
	if err != nil {
		return Result{}, err
	}
	b, err := readAll(r, lim.MaxBytes, opt.File)
	if err != nil {
		return Result{}, err
	}
	if bytes.HasPrefix(b, zipMagic) {
		return readXLSX(b, meta, dir, opt, lim)
	}
	if err := checkNotCFB(b, opt.File); err != nil {
		return Result{}, err
	}
	return readCSV(b, meta, dir, opt, lim)
}

// readAll reads r up to max bytes; a longer input is an error wrapping
// ErrLimit.
func readAll(r io.Reader, max int64, file string) ([]byte, error) {
	var b []byte
	var err error
	if n, ok := remaining(r); ok && n <= max {
		// The size is known: read it in one allocation, and check for more.
		b = make([]byte, n, n+1)
		if _, err = io.ReadFull(r, b); err == nil {
			var one [1]byte
			if k, _ := r.Read(one[:]); k > 0 {
				b = append(b, one[0])
				var rest []byte
				rest, err = io.ReadAll(io.LimitReader(r, max-int64(len(b))+1))
				b = append(b, rest...)
			}
		}
	} else {
		b, err = io.ReadAll(io.LimitReader(r, max+1))
	}
	if err != nil {
		return nil, &Error{File: file, Reason: "read: " + err.Error(), Err: err}
	}
	if int64(len(b)) > max {
		return nil, limitError(file, "", 0, "", "file size", max)
	}
	return b, nil
}

// remaining returns how many bytes r holds when it says so: a bytes or
// strings reader, or a regular file.
func remaining(r io.Reader) (int64, bool) {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len()), true
	case *os.File:
		fi, err := v.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		off, err := v.Seek(0, io.SeekCurrent)
		if err != nil || off > fi.Size() {
			return 0, false
		}
		return fi.Size() - off, true
	}
	return 0, false
}

func checkNotCFB(b []byte, file string) error {
	if bytes.HasPrefix(b, cfbMagic) {
		return &Error{File: file, Reason: ErrLegacyFormat.Error()[len("tasktable: "):], Err: ErrLegacyFormat}
	}
	return nil
}
