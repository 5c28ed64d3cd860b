package casework

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/fazhi-go/fazhi/lawgov"
)

// Cases is a batch of case records as a host sends them: the
// reconsiderations and litigation instances of one reporting body. A
// reconsideration is identified by its ID; a litigation record by its ID
// and instance, since an appealed case is one record per instance.
//
// The zero Cases is an empty batch.
type Cases struct {
	Reconsiderations []Reconsideration `json:"reconsiderations"`
	Litigations      []Litigation      `json:"litigations"`
}

// Records validates every case of cs and compacts it, numbering units with
// units: the reconsiderations first, then the litigation records, each in
// input order. It counts nothing when anything is wrong: every invalid
// field and every repeated case (the same reconsideration ID, or the same
// litigation ID and instance, twice) is reported in one
// *lawgov.InvalidInputError whose field paths name the case, such as
// "reconsiderations[3].received" or "litigations[7].id".
func (cs Cases) Records(units *Units) ([]Record, error) {
	return cs.records(units, nil)
}

// records is Records restricted to the cases whose unit keep accepts (all
// when keep is nil). Repeats and invalid cases are reported whatever their
// unit.
func (cs Cases) records(units *Units, keep func(string) bool) ([]Record, error) {
	var fields []lawgov.FieldError
	seenRC := make(map[string]int, len(cs.Reconsiderations))
	type key struct {
		id   string
		inst Instance
	}
	seenAL := make(map[key]int, len(cs.Litigations))
	out := make([]Record, 0, len(cs.Reconsiderations)+len(cs.Litigations))
	var u Units
	if units == nil {
		units = &u
	}
	for i, c := range cs.Reconsiderations {
		path := "reconsiderations[" + strconv.Itoa(i) + "]"
		if j, dup := seenRC[c.ID]; dup {
			fields = append(fields, lawgov.FieldError{Field: path + ".id", Rule: "unique", Param: "reconsiderations[" + strconv.Itoa(j) + "]",
				Msg: fmt.Sprintf("case %q repeats reconsiderations[%d]", c.ID, j)})
			continue
		}
		seenRC[c.ID] = i
		if err := c.Validate(); err != nil {
			fields = appendNested(fields, path, err)
			continue
		}
		if keep != nil && !keep(c.Unit) {
			continue
		}
		r, _ := c.Record(units.ID(c.Unit)) // validated above
		out = append(out, r)
	}
	for i, l := range cs.Litigations {
		path := "litigations[" + strconv.Itoa(i) + "]"
		k := key{l.ID, l.Instance}
		if j, dup := seenAL[k]; dup {
			fields = append(fields, lawgov.FieldError{Field: path + ".id", Rule: "unique", Param: "litigations[" + strconv.Itoa(j) + "]",
				Msg: fmt.Sprintf("case %q (%s) repeats litigations[%d]", l.ID, l.Instance, j)})
			continue
		}
		seenAL[k] = i
		if err := l.Validate(); err != nil {
			fields = appendNested(fields, path, err)
			continue
		}
		if keep != nil && !keep(l.Unit) {
			continue
		}
		r, _ := l.Record(units.ID(l.Unit))
		out = append(out, r)
	}
	if len(fields) > 0 {
		return nil, lawgov.NewInvalidInputError("Cases", fields...)
	}
	return out, nil
}

// appendNested appends the field problems of err under path.
func appendNested(fields []lawgov.FieldError, path string, err error) []lawgov.FieldError {
	if ie, ok := err.(*lawgov.InvalidInputError); ok {
		for _, f := range ie.Fields {
			fields = append(fields, lawgov.FieldError{Field: path + "." + f.Field, Rule: f.Rule, Param: f.Param, Msg: f.Msg})
		}
		return fields
	}
	return append(fields, lawgov.FieldError{Field: path, Rule: "valid", Msg: err.Error()})
}

// Tally validates cs (see [Cases.Records]) and returns the tally of all its
// cases.
func (cs Cases) Tally() (Tally, error) {
	rs, err := cs.Records(nil)
	if err != nil {
		return Tally{}, err
	}
	return TallyRecords(rs), nil
}

// Summary is what an annual report needs of a year's cases: the tallies of
// the year and of the year before, counted by date as [TallyYear] does, and
// every shipped definition over both with its change.
//
// The zero Summary has no lines.
type Summary struct {
	Year  int      // the reporting year
	Units []string // the units counted, in order of first appearance; every unit when none was named
	// Current and Prior are the tallies of Year and Year−1.
	Current, Prior Tally
	// Lines holds one line per shipped definition, in catalogue order.
	Lines []SummaryLine
}

// SummaryLine is one definition over the two years: the rates
// (Change.Rate.From is the prior year's, Change.Rate.To the current
// year's), their change in percentage points, and the relative changes of
// the numerator and the base.
type SummaryLine struct {
	Definition Definition
	Change
}

// Line returns the line of the definition with the given ID.
func (s Summary) Line(id string) (SummaryLine, bool) {
	for _, l := range s.Lines {
		if l.Definition.ID == id {
			return l, true
		}
	}
	return SummaryLine{}, false
}

// Summarize validates cs, counts the cases of the named units (all units
// when units is empty) in year and in the year before, and applies every
// shipped definition to both. Invalid or repeated cases are an error and
// nothing is counted (see [Cases.Records]); so is a year outside
// 1991–9999.
func Summarize(cs Cases, year int, units ...string) (Summary, error) {
	if year < firstReconsiderationDay.Year() || year > 9999 {
		return Summary{}, fmt.Errorf("casework: summarize year %d: want a year from %d to 9999", year, firstReconsiderationDay.Year())
	}
	var keep func(string) bool
	if len(units) > 0 {
		named := make(map[string]bool, len(units))
		for _, u := range units {
			named[u] = true
		}
		keep = func(u string) bool { return named[u] }
	}
	var numbered Units
	rs, err := cs.records(&numbered, keep)
	if err != nil {
		return Summary{}, err
	}
	s := Summary{Year: year, Current: TallyYear(rs, year), Prior: TallyYear(rs, year-1)}
	s.Units = slices.Clone(numbered.names)
	defs := Definitions()
	s.Lines = make([]SummaryLine, len(defs))
	for i, d := range defs {
		ch, err := Compare(d, &s.Prior, &s.Current)
		if err != nil {
			return Summary{}, err
		}
		s.Lines[i] = SummaryLine{Definition: d, Change: ch}
	}
	return s, nil
}
