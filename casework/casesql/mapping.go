package casesql

import (
	"errors"
	"fmt"
	"strings"
)

// Columns names the columns of a case table, one field per fact of a case.
// The fields marked required must name a column; the optional ones may be
// empty, and the loader then leaves that fact unset. [DefaultColumns] gives
// the names of the shipped schema, which are the JSON names of
// casework.Reconsideration and casework.Litigation.
//
// The zero Columns names nothing and is invalid.
type Columns struct {
	ID          string // required: case number (案号), text
	Kind        string // required: "reconsideration" or "litigation" (casework.Kind codes)
	Unit        string // required: respondent or defendant (被申请人, 被告), text
	Instance    string // required: trial level of a litigation row, "first", "second" or "retrial"; NULL for reconsideration
	Received    string // required: DATE the application was received or the suit filed
	Accepted    string // required: DATE a reconsideration was accepted (受理), NULL if not
	Concluded   string // required: DATE of conclusion, NULL while pending
	Outcome     string // required: outcome code (casework outcome String), NULL while pending
	Indirect    string // required: BOOLEAN, withdrawn after the respondent changed its act (间接纠错)
	CarriedOver string // required: BOOLEAN, received in an earlier reporting period (上年结转)
	Heard       string // required: BOOLEAN, the instance had a court hearing (开庭审理)
	Appeared    string // required: BOOLEAN, a qualifying responsible person appeared (负责人出庭)

	Procedure         string // optional: "ordinary" or "simplified"
	Knew              string // optional: DATE the applicant knew of the act
	ExtensionDays     string // optional: INTEGER, approved extension of a reconsideration in days
	ExtensionApproved string // optional: BOOLEAN, approved extension of a trial period
	Level             string // optional: respondent level, text
	Matter            string // optional: matter type (案件类别), text
}

// DefaultColumns returns the column names of the shipped schema.
func DefaultColumns() Columns {
	return Columns{
		ID: "id", Kind: "kind", Unit: "unit", Instance: "instance",
		Received: "received", Accepted: "accepted", Concluded: "concluded", Outcome: "outcome",
		Indirect: "changed_before_withdrawal", CarriedOver: "carried_over", Heard: "heard", Appeared: "appeared",
		Procedure: "procedure", Knew: "knew", ExtensionDays: "extension_days", ExtensionApproved: "extension_approved",
		Level: "level", Matter: "matter",
	}
}

// Mapping points the package at a host's case table: its name and the
// names of its columns. Every name is checked (see [IdentifierError]) and
// quoted for the dialect; no value ever becomes part of SQL text, values
// are bind parameters.
//
// Names are quoted, so they must be given as the engine stores them:
// PostgreSQL folds unquoted names to lower case when a table is created,
// so a table created as Cases is named cases.
//
// The zero Mapping is invalid. A Mapping is a plain value, safe to share.
type Mapping struct {
	Table   string // table or view, optionally schema-qualified: "cases", "warehouse.fy_cases"
	Columns Columns
}

// DefaultMapping returns the mapping of the shipped schema: table "cases"
// with [DefaultColumns].
func DefaultMapping() Mapping { return Mapping{Table: "cases", Columns: DefaultColumns()} }

// column is one column of the mapping: the field it fills and its SQL type.
type column struct {
	field    string // Columns field name
	json     string // JSON name in casework, for error messages
	name     string
	typ      sqlType
	required bool
}

type sqlType uint8

const (
	typeText sqlType = iota
	typeDate
	typeBool
	typeInt
)

// columns returns the mapped columns in the order the loader reads them:
// the required ones, then the optional ones that are named.
func (c Columns) columns() []column {
	all := []column{
		{"ID", "id", c.ID, typeText, true},
		{"Kind", "kind", c.Kind, typeText, true},
		{"Unit", "unit", c.Unit, typeText, true},
		{"Instance", "instance", c.Instance, typeText, true},
		{"Received", "received", c.Received, typeDate, true},
		{"Accepted", "accepted", c.Accepted, typeDate, true},
		{"Concluded", "concluded", c.Concluded, typeDate, true},
		{"Outcome", "outcome", c.Outcome, typeText, true},
		{"Indirect", "changed_before_withdrawal", c.Indirect, typeBool, true},
		{"CarriedOver", "carried_over", c.CarriedOver, typeBool, true},
		{"Heard", "heard", c.Heard, typeBool, true},
		{"Appeared", "appeared", c.Appeared, typeBool, true},
		{"Procedure", "procedure", c.Procedure, typeText, false},
		{"Knew", "knew", c.Knew, typeDate, false},
		{"ExtensionDays", "extension_days", c.ExtensionDays, typeInt, false},
		{"ExtensionApproved", "extension_approved", c.ExtensionApproved, typeBool, false},
		{"Level", "level", c.Level, typeText, false},
		{"Matter", "matter", c.Matter, typeText, false},
	}
	out := all[:0]
	for _, col := range all {
		if col.required || col.name != "" {
			out = append(out, col)
		}
	}
	return out
}

// Validate reports whether m names a valid table and every required
// column, with valid and distinct identifiers. Column names are compared
// without regard to case, as MySQL and DuckDB compare them.
func (m Mapping) Validate() error {
	var errs []error
	if _, err := checkTable(m.Table); err != nil {
		errs = append(errs, err)
	}
	seen := map[string]string{}
	for _, col := range m.Columns.columns() {
		if err := checkIdent("Columns."+col.field, col.name); err != nil {
			errs = append(errs, err)
			continue
		}
		k := strings.ToLower(col.name)
		if other, dup := seen[k]; dup {
			errs = append(errs, fmt.Errorf("casesql: Columns.%s %q: same column as Columns.%s", col.field, col.name, other))
		}
		seen[k] = col.field
	}
	return errors.Join(errs...)
}

// quoted returns the quoted names of the mapping for d, after validating it.
type quoted struct {
	table string
	col   map[string]string // Columns field name → quoted column
	cols  []column
}

func (m Mapping) quote(d Dialect) (quoted, error) {
	if !d.IsValid() {
		return quoted{}, fmt.Errorf("casesql: invalid dialect %s", d)
	}
	if err := m.Validate(); err != nil {
		return quoted{}, err
	}
	parts, _ := checkTable(m.Table)
	for i, p := range parts {
		parts[i] = d.quote(p)
	}
	q := quoted{table: strings.Join(parts, "."), col: map[string]string{}, cols: m.Columns.columns()}
	for _, c := range q.cols {
		q.col[c.field] = d.quote(c.name)
	}
	return q, nil
}
