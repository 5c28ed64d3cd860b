package tasktable

import (
	"fmt"
	"io"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
)

// unitsHeader is the header of a units file.
var unitsHeader = [...]string{"id", "name", "kind", "level", "parent", "aliases"}

// ReadUnits reads units from CSV with the header
// "id,name,kind,level,parent,aliases": kind and level as their codes
// ("department", "county"), aliases separated by "|". The file may be UTF-8
// (a byte order mark allowed) or GB18030, as [ReadCSV] reads it; opt.Sheet
// is ignored. Build a [lawgov.Directory] from the result.
func ReadUnits(r io.Reader, opt Options) ([]lawgov.Unit, error) {
	lim, err := opt.Limits.withDefaults()
	if err != nil {
		return nil, err
	}
	b, err := readAll(r, lim.MaxBytes, opt.File)
	if err != nil {
		return nil, err
	}
	text, _, err := decode(b, opt.Encoding, opt.File)
	if err != nil {
		return nil, err
	}
	g, err := csvGrid(text, opt.File, lim)
	if err != nil {
		return nil, err
	}
	if len(g.rows) == 0 || g.rows[0].num != 1 || strings.Join(g.rows[0].cells, ",") != strings.Join(unitsHeader[:], ",") {
		return nil, &Error{File: opt.File, Row: 1, Column: "", Value: firstLine(g), Reason: fmt.Sprintf("want header %q", strings.Join(unitsHeader[:], ","))}
	}
	out := make([]lawgov.Unit, 0, len(g.rows)-1)
	for _, row := range g.rows[1:] {
		field := func(j int) string { return strings.TrimSpace(row.cell(j)) }
		u := lawgov.Unit{ID: lawgov.UnitID(field(0)), Name: field(1), Parent: lawgov.UnitID(field(4))}
		if err := u.Kind.UnmarshalText([]byte(field(2))); err != nil {
			return nil, &Error{File: opt.File, Row: row.num, Column: "C kind", Value: field(2), Reason: "unknown unit kind", Err: err}
		}
		if err := u.Level.UnmarshalText([]byte(field(3))); err != nil {
			return nil, &Error{File: opt.File, Row: row.num, Column: "D level", Value: field(3), Reason: "unknown unit level", Err: err}
		}
		if a := field(5); a != "" {
			u.Aliases = strings.Split(a, "|")
		}
		out = append(out, u)
	}
	return out, nil
}

func firstLine(g *grid) string {
	if len(g.rows) == 0 {
		return ""
	}
	return strings.Join(g.rows[0].cells, ",")
}
