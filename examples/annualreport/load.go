package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
)

// The files of a dataset, in the order they are read.
const (
	fileMeta            = "meta.json"
	fileUnits           = "units.csv"
	filePlan            = "plan.csv"
	fileProgress        = "progress.json"
	fileDecisions       = "decisions.json"
	fileDocuments       = "documents.json"
	fileOfficers        = "officers.jsonl"
	fileActions         = "actions.jsonl"
	fileReconsideration = "reconsideration.jsonl"
	fileLitigation      = "litigation.jsonl"
)

// meta is the county's description: names, the work plan's heading, the
// annual report record and the county's filing rule for normative
// documents.
type meta struct {
	County       string              `json:"county"`
	Government   string              `json:"government"`
	Region       string              `json:"region"`
	ReportYear   int                 `json:"report_year"`
	Plan         lawgov.Plan         `json:"plan"`
	AnnualReport lawgov.AnnualReport `json:"annual_report"`
	Filing       filingRule          `json:"document_filing"`
}

// filingRule is the county's deadline for filing normative documents
// (RULES N8 leaves it to each jurisdiction).
type filingRule struct {
	Deadline lawgov.Period   `json:"deadline"`
	Basis    lawgov.Citation `json:"basis"`
}

// dataset is every file of a county, read and checked for shape. The
// officers are kept only in the registry, and the actions not at all: the
// loader checks them for the dataset's report year, and the report reads
// them again from fsys, one at a time, only for another period.
type dataset struct {
	meta      meta
	dir       *lawgov.Directory
	plan      lawgov.Plan
	ledger    *lawgov.Ledger
	events    int
	decisions []decision.Decision
	documents []decision.Document
	registry  *enforcement.Registry
	fsys      fs.FS         // where the actions are
	actions   int           // how many
	actionSum actionSummary // their check for the dataset's report year
	// caseSec is the case section for the dataset's report year, built
	// while the officers load; nil when the cases are not those of the
	// files.
	caseSec          *builtSection
	reconsiderations []casework.Reconsideration
	litigations      []casework.Litigation
}

// dataError is a problem in a data file: the file, the record (a line, row
// or index with the record's ID) and the field, when known.
type dataError struct {
	File   string
	Record string
	Field  string
	Err    error
}

func (e *dataError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "annualreport: data file %s", e.File)
	if e.Record != "" {
		b.WriteString(": " + e.Record)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

func (e *dataError) Unwrap() error { return e.Err }

// load reads and checks a dataset from fsys.
func load(fsys fs.FS) (*dataset, error) {
	ds := &dataset{}
	read := func(name string) ([]byte, error) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, &dataError{File: name, Err: err}
		}
		return b, nil
	}

	b, err := read(fileMeta)
	if err != nil {
		return nil, err
	}
	if err := decodeRecord(b, &ds.meta); err != nil {
		return nil, recordError(fileMeta, "", err)
	}
	if ds.meta.County == "" || ds.meta.Government == "" || ds.meta.Region == "" {
		return nil, &dataError{File: fileMeta, Field: "county", Err: errors.New("county, government and region are required")}
	}
	if !ds.meta.Filing.Deadline.IsValid() || !ds.meta.Filing.Basis.IsValid() {
		return nil, &dataError{File: fileMeta, Field: "document_filing", Err: errors.New("a valid deadline and basis are required")}
	}

	if b, err = read(fileUnits); err != nil {
		return nil, err
	}
	units, err := tasktable.ReadUnits(bytes.NewReader(b), tasktable.Options{})
	if err != nil {
		return nil, &dataError{File: fileUnits, Err: err}
	}
	if ds.dir, err = lawgov.NewDirectory(units); err != nil {
		return nil, &dataError{File: fileUnits, Err: err}
	}

	if b, err = read(filePlan); err != nil {
		return nil, err
	}
	if ds.plan, err = readPlan(b, ds.meta.Plan, ds.dir); err != nil {
		var ie *tasktable.Error
		if errors.As(err, &ie) {
			rec := ""
			if ie.Row > 0 {
				rec = "row " + strconv.Itoa(ie.Row)
			}
			return nil, &dataError{File: filePlan, Record: rec, Field: ie.Column, Err: err}
		}
		return nil, &dataError{File: filePlan, Err: err}
	}
	if ds.ledger, err = lawgov.NewLedger(ds.plan, ds.dir, lawgov.LedgerConfig{}); err != nil {
		return nil, &dataError{File: filePlan, Err: err}
	}

	if b, err = read(fileProgress); err != nil {
		return nil, err
	}
	var events []lawgov.Event
	if err := decodeArray(fileProgress, b, &events, func(e lawgov.Event) string { return e.Task }); err != nil {
		return nil, err
	}
	if err := ds.ledger.Apply(events...); err != nil {
		var ee *lawgov.EventError
		if errors.As(err, &ee) {
			return nil, &dataError{File: fileProgress, Record: fmt.Sprintf("index %d (task %s)", ee.Index, ee.Event.Task), Err: err}
		}
		return nil, &dataError{File: fileProgress, Err: err}
	}
	ds.events = len(events)

	if ds.registry, err = enforcement.NewRegistry(enforcement.Chibi()); err != nil {
		return nil, err
	}
	ds.fsys = fsys
	// The officers, most of a large dataset, go into the registry in a
	// goroutine of their own while the other files are read. Of the errors,
	// the first in the order of the files is returned, as if the files had
	// been read one after the other.
	var officersErr error
	var wg sync.WaitGroup
	wg.Go(func() { officersErr = loadOfficers(fsys, ds.registry) })
	// The report's default is the report year of the dataset as of its
	// last day; the case section and the check of the actions for it are
	// made while loading. (A year out of range has no last day and no
	// actions: they are then only checked for shape and counted.)
	year := ds.meta.ReportYear
	last, _ := lawgov.NewDate(year, time.December, 31)
	errBefore := ds.loadDecisions(read)
	var errCases, errActions error
	if errBefore == nil {
		if errCases = ds.loadCases(fsys); errCases == nil && !last.IsZero() {
			s, err := caseSection(ds, year, last, lawgov.OfficialCalendar())
			ds.caseSec = &builtSection{year: year, asOf: last, s: s, err: err}
		}
	}
	wg.Wait()
	// With the registry complete, the actions are checked.
	if errBefore == nil && officersErr == nil {
		ds.actionSum, errActions = summarizeActions(ds, year, last, lawgov.OfficialCalendar())
		ds.actions = ds.actionSum.lines
	}
	for _, err := range []error{errBefore, officersErr, errActions, errCases} {
		if err != nil {
			return nil, err
		}
	}
	return ds, nil
}

// loadDecisions reads the decisions and the documents.
func (ds *dataset) loadDecisions(read func(string) ([]byte, error)) error {
	b, err := read(fileDecisions)
	if err != nil {
		return err
	}
	if err := decodeArray(fileDecisions, b, &ds.decisions, func(d decision.Decision) string { return d.ID }); err != nil {
		return err
	}
	for i := range ds.decisions {
		if err := ds.decisions[i].Validate(); err != nil {
			return recordError(fileDecisions, indexRecord(i, ds.decisions[i].ID), err)
		}
	}

	if b, err = read(fileDocuments); err != nil {
		return err
	}
	if err := decodeArray(fileDocuments, b, &ds.documents, func(d decision.Document) string { return d.ID }); err != nil {
		return err
	}
	for i := range ds.documents {
		if err := ds.documents[i].Validate(); err != nil {
			return recordError(fileDocuments, indexRecord(i, ds.documents[i].ID), err)
		}
	}
	return nil
}

// loadOfficers adds the officers of fsys to reg. As many workers as there
// are processors share the lines: decoding and checking an officer is most
// of the work, and the registry orders only its index. The order of the
// officers in the registry then varies from run to run, which no result
// depends on. When a line is bad, the file is read again in order into a
// registry of its own, so that the error is the one of the first bad line
// (a repeated ID at its second line), as when the lines are read one after
// the other.
func loadOfficers(fsys fs.FS, reg *enforcement.Registry) error {
	// An officer's line is some 450 bytes in the example; room is made for
	// one per 400 bytes of the file (at most two million), so that the
	// index rarely grows.
	if info, err := fs.Stat(fsys, fileOfficers); err == nil {
		reg.Grow(int(min(info.Size()/400, 1<<21)))
	}
	parts := runtime.GOMAXPROCS(0)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for w := range parts {
		wg.Go(func() { _, errs[w] = addOfficers(fsys, reg, w, parts) })
	}
	wg.Wait()
	if errors.Join(errs...) == nil {
		return nil
	}
	again, err := enforcement.NewRegistry(reg.RuleSet())
	if err != nil {
		return err
	}
	_, err = addOfficers(fsys, again, 0, 1)
	return err
}

// addOfficers adds the officers on the lines of part out of parts (see
// decodeLinesPart) to reg, one line at a time.
func addOfficers(fsys fs.FS, reg *enforcement.Registry, part, parts int) (int, error) {
	fast := newFastDecoder()
	return decodeLinesPart(fsys, fileOfficers, part, parts, fast, fast.officer, func(line int, o *enforcement.Officer) error {
		// Add validates the officer and replays the history.
		if err := reg.Add(*o); err != nil {
			rec := lineRecord(line, o.ID)
			var ee *enforcement.EventError
			if errors.As(err, &ee) && ee.Index >= 0 {
				return &dataError{File: fileOfficers, Record: rec, Field: fmt.Sprintf("history[%d]", ee.Index), Err: err}
			}
			var ie *lawgov.InvalidInputError
			if errors.As(err, &ie) {
				return recordError(fileOfficers, rec, err)
			}
			return &dataError{File: fileOfficers, Record: rec, Field: "id", Err: err}
		}
		return nil
	})
}

// loadCases reads the reconsideration and litigation cases.
func (ds *dataset) loadCases(fsys fs.FS) error {
	fast := newFastDecoder()
	err := decodeLines(fsys, fileReconsideration, fast, fast.reconsideration, func(line int, c *casework.Reconsideration) error {
		if err := c.Validate(); err != nil {
			return recordError(fileReconsideration, lineRecord(line, c.ID), err)
		}
		ds.reconsiderations = append(ds.reconsiderations, *c)
		return nil
	})
	if err != nil {
		return err
	}

	return decodeLines(fsys, fileLitigation, fast, fast.litigation, func(line int, l *casework.Litigation) error {
		if err := l.Validate(); err != nil {
			return recordError(fileLitigation, lineRecord(line, l.ID), err)
		}
		ds.litigations = append(ds.litigations, *l)
		return nil
	})
}

// eachActionPart reads the actions on the lines of part out of parts of
// fsys (see decodeLinesPart) one at a time, checks their shape and hands
// each to f, returning the line of the error. The action is reused for the
// next line: f must not keep it.
func eachActionPart(fsys fs.FS, part, parts int, fast *fastDecoder, f func(line int, a *enforcement.Action) error) (int, error) {
	return decodeLinesPart(fsys, fileActions, part, parts, fast, fast.action, func(line int, a *enforcement.Action) error {
		if err := a.Validate(); err != nil {
			return recordError(fileActions, lineRecord(line, a.ID), err)
		}
		return f(line, a)
	})
}

func lineRecord(line int, id string) string {
	if id == "" {
		return "line " + strconv.Itoa(line)
	}
	return fmt.Sprintf("line %d (%s)", line, id)
}

func indexRecord(i int, id string) string {
	if id == "" {
		return "index " + strconv.Itoa(i)
	}
	return fmt.Sprintf("index %d (%s)", i, id)
}

// recordError wraps err, naming the first bad field it reports.
func recordError(file, record string, err error) error {
	var fe *fieldError
	if errors.As(err, &fe) {
		return &dataError{File: file, Record: record, Field: fe.field, Err: fe.err}
	}
	var ie *lawgov.InvalidInputError
	if errors.As(err, &ie) && len(ie.Fields) > 0 {
		names := make([]string, len(ie.Fields))
		for i, f := range ie.Fields {
			names[i] = f.Field
		}
		return &dataError{File: file, Record: record, Field: strings.Join(names, ", "), Err: err}
	}
	return &dataError{File: file, Record: record, Err: err}
}

// fieldError is a decoding error attributed to one top-level field.
type fieldError struct {
	field string
	err   error
}

func (e *fieldError) Error() string { return fmt.Sprintf("field %q: %v", e.field, e.err) }
func (e *fieldError) Unwrap() error { return e.err }

// decodeRecord decodes one JSON object into v, rejecting unknown fields.
// When decoding fails it finds the field at fault: the one the decoder
// names, or else the first top-level key that fails on its own.
func decodeRecord[T any](b []byte, v *T) error {
	err := strictUnmarshal(b, v)
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return &fieldError{field: te.Field, err: err}
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if f, uerr := strconv.Unquote(name); uerr == nil {
			return &fieldError{field: f, err: err}
		}
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(b, &obj) == nil {
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			one, _ := json.Marshal(map[string]json.RawMessage{k: obj[k]})
			var probe T
			if perr := strictUnmarshal(one, &probe); perr != nil {
				return &fieldError{field: k, err: perr}
			}
		}
	}
	return err
}

func strictUnmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the record")
	}
	return nil
}

// decodeArray decodes a JSON array of records, naming the index (and the
// ID, when the record got that far) of a bad one. A valid array is decoded
// in one pass of a json.Decoder; any error sends the file through the
// pass that finds the record and the field at fault.
func decodeArray[T any](file string, b []byte, out *[]T, id func(T) string) error {
	if v, ok := decodeArrayStream[T](b); ok {
		*out = v
		return nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return &dataError{File: file, Err: err}
	}
	*out = make([]T, len(raws))
	for i, raw := range raws {
		if err := decodeRecord(raw, &(*out)[i]); err != nil {
			return recordError(file, indexRecord(i, id((*out)[i])), err)
		}
	}
	return nil
}

// decodeArrayStream decodes the JSON array b record by record, rejecting
// unknown fields as decodeRecord does, and reports whether it succeeded.
func decodeArrayStream[T any](b []byte) ([]T, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return nil, false
	}
	out := []T{}
	for dec.More() {
		var zero T
		out = append(out, zero)
		if err := dec.Decode(&out[len(out)-1]); err != nil {
			return nil, false
		}
	}
	if t, err := dec.Token(); err != nil || t != json.Delim(']') {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false
	}
	return out, true
}

// maxLine is the longest line of a JSON Lines file.
const maxLine = 4 << 20

// decodeLines streams the JSON Lines file of fsys, one record per
// non-blank line, and hands each to f with its 1-based line number. Each
// line is decoded by fast when it can, else by encoding/json, which names
// the field of a bad record; v is reused for the next line, so f must copy
// what it keeps.
func decodeLines[T any](fsys fs.FS, file string, d *fastDecoder, fast func([]byte, *T) bool, f func(line int, v *T) error) error {
	_, err := decodeLinesPart(fsys, file, 0, 1, d, fast, f)
	return err
}

// decodeLinesPart is decodeLines for the lines n with n-1 = part modulo
// parts, so that parts workers share a file. It returns the line of the
// error (0 for an error about the whole file).
func decodeLinesPart[T any](fsys fs.FS, file string, part, parts int, d *fastDecoder, fast func([]byte, *T) bool, f func(line int, v *T) error) (int, error) {
	fh, err := fsys.Open(file)
	if err != nil {
		return 0, &dataError{File: file, Err: err}
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var v T
	for line := 1; sc.Scan(); line++ {
		if (line-1)%parts != part {
			continue
		}
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		if !fast(text, &v) {
			var zero T
			v = zero
			if err := decodeRecord(text, &v); err != nil {
				return line, recordError(file, lineRecord(line, recordID(text)), err)
			}
		}
		if err := f(line, &v); err != nil {
			return line, err
		}
	}
	if err := sc.Err(); err != nil {
		return 0, &dataError{File: file, Err: err}
	}
	return 0, nil
}

// recordID returns the "id" of a JSON object, if it has a string one.
func recordID(b []byte) string {
	var probe struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(b, &probe)
	return probe.ID
}

// readPlan imports the task table of the dataset.
func readPlan(b []byte, meta lawgov.Plan, dir *lawgov.Directory) (lawgov.Plan, error) {
	res, err := tasktable.ReadCSV(bytes.NewReader(b), meta, dir, tasktable.Options{})
	return res.Plan, err
}
