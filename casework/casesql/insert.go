package casesql

import (
	"strings"

	"github.com/fazhi-go/fazhi/casework"
)

// Insert returns an INSERT statement for one case, with one placeholder
// per mapped column in the order of Select; [Mapping.ReconsiderationValues]
// and [Mapping.LitigationValues] give its arguments. Hosts use it to copy
// cases kept elsewhere into a case table (bulk loads are faster with the
// engine's own COPY or LOAD DATA).
func (m Mapping) Insert(d Dialect) (string, error) {
	q, err := m.quote(d)
	if err != nil {
		return "", err
	}
	names := make([]string, len(q.cols))
	marks := make([]string, len(q.cols))
	for i, c := range q.cols {
		names[i] = q.col[c.field]
		marks[i] = d.placeholder(i + 1)
	}
	return "INSERT INTO " + q.table + " (" + strings.Join(names, ", ") + ") VALUES (" + strings.Join(marks, ", ") + ")", nil
}

// ReconsiderationValues returns the arguments of Insert for c: codes as
// text, a pending outcome and unset dates as NULL. Facts the table does not
// keep (suspensions, obstacles) are not written.
func (m Mapping) ReconsiderationValues(c casework.Reconsideration) []any {
	return m.values(map[string]any{
		"ID": c.ID, "Kind": casework.KindReconsideration.String(), "Unit": c.Unit, "Instance": nil,
		"Received": c.Received, "Accepted": c.Accepted, "Concluded": c.Concluded, "Outcome": code(c.Outcome),
		"Indirect": c.ChangedBeforeWithdrawal, "CarriedOver": c.CarriedOver, "Heard": false, "Appeared": false,
		"Procedure": code(c.Procedure), "Knew": c.Knew, "ExtensionDays": int64(c.ExtensionDays), "ExtensionApproved": false,
		"Level": text(c.Level), "Matter": text(c.Matter),
	})
}

// LitigationValues returns the arguments of Insert for l; its hearings
// become the two facts of Litigation.Appearance.
func (m Mapping) LitigationValues(l casework.Litigation) []any {
	heard, appeared := l.Appearance()
	return m.values(map[string]any{
		"ID": l.ID, "Kind": casework.KindLitigation.String(), "Unit": l.Unit, "Instance": code(l.Instance),
		"Received": l.Received, "Accepted": nil, "Concluded": l.Concluded, "Outcome": code(l.Outcome),
		"Indirect": false, "CarriedOver": l.CarriedOver, "Heard": heard, "Appeared": appeared,
		"Procedure": code(l.Procedure), "Knew": nil, "ExtensionDays": int64(0), "ExtensionApproved": l.ExtensionApproved,
		"Level": nil, "Matter": nil,
	})
}

func (m Mapping) values(byField map[string]any) []any {
	cols := m.Columns.columns()
	out := make([]any, len(cols))
	for i, c := range cols {
		out[i] = byField[c.field]
	}
	return out
}

// code returns the text code of an enumeration value, or nil (NULL) for
// the unspecified value.
func code(v interface{ MarshalText() ([]byte, error) }) any {
	b, err := v.MarshalText()
	if err != nil || len(b) == 0 {
		return nil
	}
	return string(b)
}

// text returns s, or nil (NULL) when it is empty.
func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}
