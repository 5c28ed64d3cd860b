// Command holidaynotice reads the published text of a State Council General
// Office holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知, or a
// notice amending one) and prints, for review, the calendar rows it gives in
// the format of the shipped calendar CSV, then the version of the calendar
// data that loading it into the official calendar would give:
//
//	go run ./lawgov/cmd/holidaynotice 2027.txt
//	go run ./lawgov/cmd/holidaynotice < 2027.txt
//
// The text is read as [lawgov.ParseNotice] reads it: as published (title,
// 文号, body, date line) or after a "title:/document:/date:" header closed
// by "---". The rows are the whole year's after the notice is applied (for
// an amending notice, the year's arrangement as amended); the lines after
// the CSV start with "#". A text that cannot be read is an error naming the
// line and the sentence, and nothing is printed.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/fazhi-go/fazhi/lawgov"
)

func main() {
	if err := run(os.Stdout, os.Stdin, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "holidaynotice:", err)
		os.Exit(1)
	}
}

// maxInput bounds the text read; a notice is about 2 KB.
const maxInput = 1 << 20

func run(w io.Writer, stdin io.Reader, args []string) error {
	var in io.Reader
	switch {
	case len(args) > 1:
		return fmt.Errorf("usage: holidaynotice [file]; got %d arguments", len(args))
	case len(args) == 0 || args[0] == "-":
		in = stdin
	default:
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	text, err := io.ReadAll(io.LimitReader(in, maxInput+1))
	if err != nil {
		return err
	}
	if len(text) > maxInput {
		return fmt.Errorf("input larger than %d bytes", maxInput)
	}
	nt, err := lawgov.ParseNotice(string(text))
	if err != nil {
		return err
	}
	cal, err := lawgov.OfficialCalendar().WithNoticeText(string(text))
	if err != nil {
		return err
	}
	rows := cal.Rows(nt.Notice.Year)
	var buf bytes.Buffer
	if err := lawgov.WriteDayRules(&buf, rows); err != nil {
		return err
	}
	off := 0
	for _, r := range rows {
		if r.Kind == lawgov.RestDay {
			off++
		}
	}
	c := nt.Notice.Citation
	fmt.Fprintf(&buf, "# %s（%s，%s）\n", c.Instrument, c.Document, c.Version.Chinese())
	fmt.Fprintf(&buf, "# %d年：%d行，放假%d天，调休上班%d天\n", nt.Notice.Year, len(rows), off, len(rows)-off)
	fmt.Fprintf(&buf, "# calendar data version: %s\n", cal.Version())
	_, err = w.Write(buf.Bytes())
	return err
}
