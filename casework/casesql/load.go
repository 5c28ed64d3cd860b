package casesql

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Case is one row of a case table read through a [Mapping]: the case as
// casework validates it, and its compact record.
//
// A reconsideration row fills Reconsideration, a litigation row
// Litigation; Record.Kind tells which. The table keeps a litigation
// instance's hearings as the two facts heard and appeared, so
// Litigation.Hearings is empty and those facts are in Record.
type Case struct {
	Record          casework.Record
	Reconsideration casework.Reconsideration
	Litigation      casework.Litigation
}

// RowError reports a row the loader could not turn into a case: the row
// number (1-based, in the order the rows arrived), the case ID when it was
// read, and the column at fault when known.
type RowError struct {
	Row    int
	ID     string
	Column string
	Err    error
}

func (e *RowError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "casesql: row %d", e.Row)
	if e.ID != "" {
		fmt.Fprintf(&b, " (id %q)", e.ID)
	}
	if e.Column != "" {
		fmt.Fprintf(&b, ": column %q", e.Column)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

func (e *RowError) Unwrap() error { return e.Err }

// Select returns the statement the loader runs: every mapped column, in
// the order of the fields of [Columns], from the table. It has no ORDER
// BY; the rows stream in the engine's order.
func (m Mapping) Select(d Dialect) (Statement, error) {
	q, err := m.quote(d)
	if err != nil {
		return Statement{}, err
	}
	names := make([]string, len(q.cols))
	for i, c := range q.cols {
		names[i] = q.col[c.field]
	}
	return Statement{SQL: "SELECT " + strings.Join(names, ", ") + " FROM " + q.table}, nil
}

// Load runs the statement of Select on db and passes every row, as a
// validated [Case], to f, numbering units with units. Rows are read one at
// a time, so memory does not grow with the number of rows. It stops at the
// first row that is not a valid case (a *RowError naming the row, the case
// and the column) or the first error f returns.
//
// Facts that do not apply to a row's kind are not read: the acceptance
// date and indirect correction of a litigation row, the instance, heard
// and appeared of a reconsideration row.
func (m Mapping) Load(ctx context.Context, db *sql.DB, d Dialect, units *casework.Units, f func(Case) error) error {
	st, err := m.Select(d)
	if err != nil {
		return err
	}
	rows, err := db.QueryContext(ctx, st.SQL, st.Args...)
	if err != nil {
		return fmt.Errorf("casesql: load %s: %w", m.Table, err)
	}
	defer rows.Close()
	cols := m.Columns.columns()
	vals := make([]any, len(cols))
	byField := make(map[string]any, len(cols))
	for i, c := range cols {
		switch c.typ {
		case typeText:
			vals[i] = new(sql.NullString)
		case typeDate:
			vals[i] = new(lawgov.Date)
		case typeBool:
			vals[i] = new(sql.NullBool)
		case typeInt:
			vals[i] = new(sql.NullInt64)
		}
		byField[c.field] = vals[i]
	}
	r := rowReader{m: m, cols: cols, v: byField}
	for n := 1; rows.Next(); n++ {
		if err := rows.Scan(vals...); err != nil {
			return &RowError{Row: n, Err: err}
		}
		c, err := r.build(units)
		if err != nil {
			err.Row = n
			return err
		}
		if err := f(c); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("casesql: load %s: %w", m.Table, err)
	}
	return nil
}

// LoadTally is Load into a casework.Tally: the total of every row.
func (m Mapping) LoadTally(ctx context.Context, db *sql.DB, d Dialect, units *casework.Units) (casework.Tally, error) {
	var t casework.Tally
	err := m.Load(ctx, db, d, units, func(c Case) error {
		t.Add(c.Record)
		return nil
	})
	return t, err
}

// rowReader turns the scanned values of one row into a Case.
type rowReader struct {
	m    Mapping
	cols []column
	v    map[string]any // Columns field → scan destination
}

func (r rowReader) text(f string) string {
	if p, ok := r.v[f].(*sql.NullString); ok {
		return p.String
	}
	return ""
}

func (r rowReader) date(f string) lawgov.Date {
	if p, ok := r.v[f].(*lawgov.Date); ok {
		return *p
	}
	return lawgov.Date{}
}

func (r rowReader) flag(f string) bool {
	if p, ok := r.v[f].(*sql.NullBool); ok {
		return p.Valid && p.Bool
	}
	return false
}

func (r rowReader) column(field string) string {
	for _, c := range r.cols {
		if c.field == field || c.json == field {
			return c.name
		}
	}
	return field
}

func (r rowReader) fail(id, field string, err error) *RowError {
	return &RowError{ID: id, Column: r.column(field), Err: err}
}

func (r rowReader) build(units *casework.Units) (Case, *RowError) {
	id := r.text("ID")
	var kind casework.Kind
	if err := kind.UnmarshalText([]byte(r.text("Kind"))); err != nil || !kind.IsValid() {
		return Case{}, r.fail(id, "Kind", fmt.Errorf("want %s or %s, got %q", casework.KindReconsideration, casework.KindLitigation, r.text("Kind")))
	}
	outcome := r.v["Outcome"].(*sql.NullString)
	if outcome.Valid && outcome.String == "" {
		return Case{}, r.fail(id, "Outcome", errors.New("empty outcome: a pending case has NULL"))
	}
	var procedure casework.Procedure
	if err := procedure.UnmarshalText([]byte(r.text("Procedure"))); err != nil {
		return Case{}, r.fail(id, "Procedure", err)
	}
	unit := units.ID(r.text("Unit"))
	var c Case
	var err error
	if kind == casework.KindReconsideration {
		rc := casework.Reconsideration{ID: id, Unit: r.text("Unit"), Level: r.text("Level"), Matter: r.text("Matter"),
			Knew: r.date("Knew"), Received: r.date("Received"), Accepted: r.date("Accepted"), Concluded: r.date("Concluded"),
			Procedure: procedure, ChangedBeforeWithdrawal: r.flag("Indirect"), CarriedOver: r.flag("CarriedOver")}
		if p, ok := r.v["ExtensionDays"].(*sql.NullInt64); ok && p.Valid {
			if p.Int64 < 0 || p.Int64 > 30 {
				return Case{}, r.fail(id, "ExtensionDays", fmt.Errorf("%d days: want 0 to 30", p.Int64))
			}
			rc.ExtensionDays = int(p.Int64)
		}
		if err := rc.Outcome.UnmarshalText([]byte(outcome.String)); err != nil {
			return Case{}, r.fail(id, "Outcome", err)
		}
		c.Reconsideration = rc
		c.Record, err = rc.Record(unit)
	} else {
		l := casework.Litigation{ID: id, Unit: r.text("Unit"), Procedure: procedure, Received: r.date("Received"),
			Concluded: r.date("Concluded"), ExtensionApproved: r.flag("ExtensionApproved"), CarriedOver: r.flag("CarriedOver")}
		if err := l.Instance.UnmarshalText([]byte(r.text("Instance"))); err != nil {
			return Case{}, r.fail(id, "Instance", err)
		}
		if err := l.Outcome.UnmarshalText([]byte(outcome.String)); err != nil {
			return Case{}, r.fail(id, "Outcome", err)
		}
		c.Litigation = l
		c.Record, err = l.RecordAppearance(unit, r.flag("Heard"), r.flag("Appeared"))
	}
	if err != nil {
		var ie *lawgov.InvalidInputError
		if errors.As(err, &ie) && len(ie.Fields) > 0 {
			return Case{}, r.fail(id, ie.Fields[0].Field, err)
		}
		return Case{}, r.fail(id, "", err)
	}
	return c, nil
}
