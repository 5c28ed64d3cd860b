package tasktable

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/lawgov"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// ReadCSV imports a task table from CSV: UTF-8 with or without a byte order
// mark, or GB18030/GBK (see [Options.Encoding]). The table is read as
// [ReadXLSX] reads a sheet; a cell with line breaks is one quoted field.
// A decoding failure names the encoding and the byte offset.
func ReadCSV(r io.Reader, meta lawgov.Plan, dir *lawgov.Directory, opt Options) (Result, error) {
	lim, err := opt.Limits.withDefaults()
	if err != nil {
		return Result{}, err
	}
	b, err := readAll(r, lim.MaxBytes, opt.File)
	if err != nil {
		return Result{}, err
	}
	return readCSV(b, meta, dir, opt, lim)
}

func readCSV(b []byte, meta lawgov.Plan, dir *lawgov.Directory, opt Options, lim Limits) (Result, error) {
	if err := checkNotCFB(b, opt.File); err != nil {
		return Result{}, err
	}
	text, enc, err := decode(b, opt.Encoding, opt.File)
	if err != nil {
		return Result{}, err
	}
	g, err := csvGrid(text, opt.File, lim)
	if err != nil {
		return Result{}, err
	}
	res, err := importGrid(g, meta, dir, opt.File, "")
	res.Encoding = enc
	return res, err
}

// decode returns b as UTF-8 without a byte order mark, and the encoding it
// was read in.
func decode(b []byte, enc Encoding, file string) ([]byte, Encoding, error) {
	bom := []byte("\uFEFF")
	switch enc {
	case EncodingAuto:
		if utf8.Valid(b) {
			return bytes.TrimPrefix(b, bom), EncodingUTF8, nil
		}
		enc = EncodingGB18030
	case EncodingUTF8:
		if !utf8.Valid(b) {
			off := 0
			for off < len(b) {
				r, n := utf8.DecodeRune(b[off:])
				if r == utf8.RuneError && n <= 1 {
					break
				}
				off += n
			}
			return nil, enc, encodingError(file, enc, off)
		}
		return bytes.TrimPrefix(b, bom), enc, nil
	case EncodingGB18030:
	default:
		return nil, enc, &Error{File: file, Reason: fmt.Sprintf("unknown encoding %v", enc)}
	}
	if off := invalidGB18030(b); off >= 0 {
		return nil, enc, encodingError(file, enc, off)
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return nil, enc, &Error{File: file, Reason: "decode gb18030: " + err.Error(), Err: errors.Join(ErrEncoding, err)}
	}
	return bytes.TrimPrefix(out, bom), enc, nil
}

func encodingError(file string, enc Encoding, off int) error {
	return &Error{File: file, Reason: fmt.Sprintf("not valid %s at byte offset %d", enc, off), Err: ErrEncoding}
}

// invalidGB18030 returns the offset of the first byte sequence that is not
// GB18030 (GB 18030-2005: one byte 00–7F; two bytes 81–FE then 40–7E or
// 80–FE; four bytes 81–FE, 30–39, 81–FE, 30–39), or -1.
func invalidGB18030(b []byte) int {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
			continue
		case c == 0x80 || c == 0xFF:
			return i
		}
		if i+1 >= len(b) {
			return i
		}
		c2 := b[i+1]
		switch {
		case c2 >= 0x40 && c2 <= 0xFE && c2 != 0x7F:
			i += 2
		case c2 >= 0x30 && c2 <= 0x39:
			if i+3 >= len(b) || b[i+2] < 0x81 || b[i+2] > 0xFE || b[i+3] < 0x30 || b[i+3] > 0x39 {
				return i
			}
			i += 4
		default:
			return i
		}
	}
	return -1
}

// csvGrid parses CSV text into a grid within the limits.
func csvGrid(text []byte, file string, lim Limits) (*grid, error) {
	cr := csv.NewReader(bytes.NewReader(text))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	// One row per line at most (quoted line breaks make fewer).
	g := &grid{rows: make([]gridRow, 0, min(bytes.Count(text, []byte{'\n'})+1, lim.MaxRows))}
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			row := n
			if errors.As(err, &pe) {
				row = pe.StartLine
			}
			return nil, &Error{File: file, Row: row, Reason: "read csv: " + err.Error(), Err: err}
		}
		if err := g.addOwnedRow(n, rec, file, "", lim); err != nil {
			return nil, err
		}
	}
	return g, nil
}
