// Command annualreport produces the statistical part of a county's annual
// rule-of-law report (法治政府建设年度报告) for one year: work-plan task
// completion, the five gates of each major decision, normative documents,
// enforcement officers and actions, reconsideration and litigation rates,
// and the report's own duties. Every figure carries its counts and every
// finding its citation.
//
//	go run ./examples/annualreport [-year 2025] [-asof 2025-12-31] [-data DIR] [-db DSN [-initdb]] [-format markdown|json|html]
//
// Without -data it reads the embedded dataset of 清溪县, a fictional county
// (see data/README.md); with -data it reads the same files from DIR, so a
// host can run it on its own data. With -db it reads the reconsideration
// and litigation cases from the table "cases" of a database instead (a
// DuckDB file path, or a postgres:// URL; the table has the shipped schema
// of casework/casesql), and the rest from the files; -initdb first creates
// that table and fills it with the cases of the files. Output is written only when the whole
// report was built: an invalid data file is an error naming the file, the
// record and the field, and nothing is printed.
package main

//go:generate go run ./gen

import (
	"bytes"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"sync"

	"github.com/fazhi-go/fazhi/lawgov"
)

//go:embed data/*.csv data/*.json data/*.jsonl
var embedded embed.FS

// loadEmbedded reads the embedded dataset once: it never changes, and a
// loaded dataset is only read by the report.
var loadEmbedded = sync.OnceValues(func() (*dataset, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, err
	}
	return load(sub)
})

// memoryLimit is the soft limit of the Go runtime's memory
// (runtime/debug.SetMemoryLimit) unless GOMEMLIMIT sets another. The
// registry of a large county stays in memory for the whole report (about
// 120 MB for 247,400 officers); without a limit the garbage collector lets
// the heap grow to twice what is live and more, with it the report of that
// county runs in under 300 MiB of resident memory. A dataset whose live
// heap exceeds the limit still runs, with the collector working harder.
const memoryLimit = 264 << 20

// gcPercent is the garbage collector's target (runtime/debug.SetGCPercent)
// unless GOGC sets another: under the memory limit the heap may grow to
// five times what is live before a collection, so that loading a large
// county does not collect at every doubling of a small heap.
const gcPercent = 400

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(gcPercent)
		}
	}
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	fset := flag.NewFlagSet("annualreport", flag.ContinueOnError)
	var usage bytes.Buffer
	fset.SetOutput(&usage)
	year := fset.Int("year", 0, "the year reported on (default: the dataset's report year)")
	asOfText := fset.String("asof", "", "the as-of date, YYYY-MM-DD (default: 31 December of the year)")
	dataDir := fset.String("data", "", "read the data files from this directory instead of the embedded dataset")
	format := fset.String("format", "markdown", "output format: markdown, json or html")
	dbDSN := fset.String("db", "", "read the cases from the table cases of this database: a DuckDB file path or a postgres:// URL")
	initDB := fset.Bool("initdb", false, "with -db: create the table cases and fill it with the cases of the data files, then report")
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			_, werr := w.Write(usage.Bytes())
			return werr
		}
		return fmt.Errorf("annualreport: %w", err)
	}
	if fset.NArg() > 0 {
		return fmt.Errorf("annualreport: unexpected argument %q", fset.Arg(0))
	}
	render, ok := map[string]func(io.Writer, document) error{
		"markdown": renderMarkdown, "md": renderMarkdown, "json": renderJSON, "html": renderHTML,
	}[*format]
	if !ok {
		return fmt.Errorf("annualreport: -format %q: want markdown, json or html", *format)
	}

	var fsys fs.FS
	source := "随程序发布的示例数据"
	if *dataDir != "" {
		fsys, source = os.DirFS(*dataDir), "目录 "+*dataDir
	}
	var ds *dataset
	var err error
	if fsys == nil {
		ds, err = loadEmbedded()
	} else {
		ds, err = load(fsys)
	}
	if err != nil {
		return err
	}
	if *dbDSN != "" {
		if ds, source, err = casesFromDB(ds, *dbDSN, *initDB, source); err != nil {
			return err
		}
	} else if *initDB {
		return errors.New("annualreport: -initdb needs -db")
	}
	if *year == 0 {
		*year = ds.meta.ReportYear
	}
	if *year < 2000 || *year > 2100 {
		return fmt.Errorf("annualreport: -year %d: out of range", *year)
	}
	asOf := lawgov.MustDate(*year, 12, 31)
	if *asOfText != "" {
		if asOf, err = lawgov.ParseDate(*asOfText); err != nil {
			return fmt.Errorf("annualreport: -asof: %w", err)
		}
	}
	doc, err := build(ds, *year, asOf, source)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := render(&out, doc); err != nil {
		return err
	}
	_, err = w.Write(out.Bytes())
	return err
}
