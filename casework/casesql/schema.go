package casesql

import (
	"strings"

	"github.com/fazhi-go/fazhi/casework"
)

// CreateTable returns the CREATE TABLE statement of the case table m
// describes, in dialect d: one column per named field of m.Columns, with
// the types the loader reads. Text lengths are the limits casework
// validates (ID 64, unit 128 characters). For MySQL the table uses
// utf8mb4 with the binary collation, so that units and codes compare as
// Go compares strings (a case-insensitive collation would merge units
// that differ only in case; MySQL's PAD SPACE collations still ignore
// trailing spaces, so unit names should not end in one).
//
// The statement has no primary key: a case that goes to appeal is one row
// per instance, and hosts key their rows in their own way.
func (m Mapping) CreateTable(d Dialect) (string, error) {
	q, err := m.quote(d)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("CREATE TABLE " + q.table + " (\n")
	for i, c := range q.cols {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString("  " + q.col[c.field] + " " + columnType(d, c))
	}
	kinds := []string{casework.KindReconsideration.String(), casework.KindLitigation.String()}
	b.WriteString(",\n  CHECK (" + q.col["Kind"] + " IN ('" + strings.Join(kinds, "', '") + "'))\n)")
	if d == MySQL {
		b.WriteString(" DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin")
	}
	return b.String(), nil
}

// columnType is the SQL type of c in d.
func columnType(d Dialect, c column) string {
	switch c.typ {
	case typeDate:
		if c.field == "Received" {
			return "DATE NOT NULL"
		}
		return "DATE"
	case typeBool:
		return "BOOLEAN NOT NULL DEFAULT FALSE"
	case typeInt:
		return "INTEGER NOT NULL DEFAULT 0"
	}
	size := map[string]string{"ID": "64", "Unit": "128", "Level": "32", "Matter": "64", "Outcome": "32"}[c.field]
	if size == "" {
		size = "16"
	}
	null := ""
	if c.field == "ID" || c.field == "Kind" || c.field == "Unit" {
		null = " NOT NULL"
	}
	return "VARCHAR(" + size + ")" + null
}
