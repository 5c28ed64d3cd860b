// Command caserates reads a year of reconsideration and litigation cases
// from a CSV file and prints every shipped rate definition for that year:
// the counts, the base, the rounding and the change from the prior year.
//
//	go run ./examples/caserates [-year 2021] [cases.csv]
//
// Without a file it reads the bundled testdata/cases.csv, made-up cases
// shaped on the figures of 重庆市开州区人民政府关于开州区2021年度法治政府建设情况的报告.
package main

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
)

//go:embed testdata/cases.csv
var bundled string

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "caserates:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("caserates", flag.ContinueOnError)
	fs.SetOutput(w)
	year := fs.Int("year", 2021, "the reporting year")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var in io.Reader = strings.NewReader(bundled)
	name := "testdata/cases.csv"
	if fs.NArg() > 0 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	}
	var units casework.Units
	records, err := readCases(in, &units)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	years := casework.ByYear(records)
	cur, prior := years[*year], years[*year-1]
	if cur == nil {
		return fmt.Errorf("%s: no cases in %d", name, *year)
	}
	if prior == nil {
		prior = new(casework.Tally)
	}
	fmt.Fprintf(w, "%d年行政复议、行政应诉统计（%d件记录，%d个单位）\n\n", *year, len(records), units.Len())
	for _, k := range []casework.Kind{casework.KindReconsideration, casework.KindLitigation} {
		c, p := cur.Counts(k), prior.Counts(k)
		fmt.Fprintf(w, "%s：收案%d件（%s），上年结转%d件，审结%d件（%s），年末未结%d件\n", k.Label(),
			c.Received, lawgov.RelativeChange{From: p.Received, To: c.Received}.Chinese(2, lawgov.HalfUp),
			c.CarriedOver, c.Concluded, lawgov.RelativeChange{From: p.Concluded, To: c.Concluded}.Chinese(2, lawgov.HalfUp),
			c.Outcomes[0])
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "比率保留一位小数，%s；同比按两年保留后的比率相减。\n\n", lawgov.HalfUp.Label())
	var t table
	t.add("类别", "口径", "分子/基数", "基数", "比率", "上年", "同比")
	for _, d := range casework.Definitions() {
		c, err := casework.Compare(d, prior, cur)
		if err != nil {
			return err
		}
		r := c.Rate.To
		t.add(d.Kind.Label(), d.Name, r.String(), d.Base.Label(), r.Format(1, lawgov.HalfUp),
			c.Rate.From.String()+" "+c.Rate.From.Format(1, lawgov.HalfUp), c.Rate.ChineseOfRounded(1, lawgov.HalfUp))
	}
	if err := t.write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for _, d := range casework.Definitions() {
		fmt.Fprintf(w, "%s（%s）：%s\n", d.Name, d.ID, d.Note)
	}
	return nil
}

// readCases reads the CSV: kind, id, unit, instance, procedure, received,
// accepted, concluded, outcome, indirect, hearing, attendee.
func readCases(in io.Reader, units *casework.Units) ([]casework.Record, error) {
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = 12
	head, err := cr.Read()
	if err != nil {
		return nil, err
	}
	if head[0] != "kind" {
		return nil, errors.New("missing header row")
	}
	var out []casework.Record
	for line := 2; ; line++ {
		row, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		r, err := parseRow(row, units)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, r)
	}
}

func parseRow(row []string, units *casework.Units) (casework.Record, error) {
	date := func(s string) (lawgov.Date, error) {
		if s == "" {
			return lawgov.Date{}, nil
		}
		return lawgov.ParseDate(s)
	}
	received, err := date(row[5])
	if err != nil {
		return casework.Record{}, err
	}
	accepted, err := date(row[6])
	if err != nil {
		return casework.Record{}, err
	}
	concluded, err := date(row[7])
	if err != nil {
		return casework.Record{}, err
	}
	var proc casework.Procedure
	if err := proc.UnmarshalText([]byte(row[4])); err != nil {
		return casework.Record{}, err
	}
	switch row[0] {
	case "reconsideration":
		c := casework.Reconsideration{ID: row[1], Unit: row[2], Procedure: proc, Received: received, Accepted: accepted,
			Concluded: concluded, ChangedBeforeWithdrawal: row[9] == "1"}
		if err := c.Outcome.UnmarshalText([]byte(row[8])); err != nil {
			return casework.Record{}, err
		}
		return c.Record(units.ID(c.Unit))
	case "litigation":
		l := casework.Litigation{ID: row[1], Unit: row[2], Procedure: proc, Received: received, Concluded: concluded}
		if err := l.Instance.UnmarshalText([]byte(row[3])); err != nil {
			return casework.Record{}, err
		}
		if err := l.Outcome.UnmarshalText([]byte(row[8])); err != nil {
			return casework.Record{}, err
		}
		if row[10] != "" {
			h, err := date(row[10])
			if err != nil {
				return casework.Record{}, err
			}
			var role casework.Role
			if err := role.UnmarshalText([]byte(row[11])); err != nil {
				return casework.Record{}, err
			}
			l.Hearings = []casework.Hearing{{Date: h, Attendees: []casework.Attendee{{Role: role}}}}
		}
		return l.Record(units.ID(l.Unit))
	}
	return casework.Record{}, fmt.Errorf("unknown kind %q", row[0])
}
