package casesql

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxIdent is the longest identifier accepted, in bytes: PostgreSQL
// truncates names at 63 bytes (NAMEDATALEN − 1), MySQL stops at 64
// characters.
const maxIdent = 63

// IdentifierError reports a table or column name that is not accepted.
// Names are never built into SQL unchecked: a name must be a plain
// identifier (a letter or underscore, then letters, digits and
// underscores; Chinese letters are letters), at most 63 bytes long.
type IdentifierError struct {
	Field  string // the mapping field, e.g. "Table" or "Columns.Outcome"
	Name   string // the name given
	Reason string
}

func (e *IdentifierError) Error() string {
	return fmt.Sprintf("casesql: %s %q: %s", e.Field, e.Name, e.Reason)
}

// checkIdent checks one plain identifier.
func checkIdent(field, name string) error {
	bad := func(reason string) error { return &IdentifierError{Field: field, Name: name, Reason: reason} }
	switch {
	case name == "":
		return bad("empty name")
	case len(name) > maxIdent:
		return bad(fmt.Sprintf("longer than %d bytes", maxIdent))
	case !utf8.ValidString(name):
		return bad("not valid UTF-8")
	}
	for i, r := range name {
		switch {
		case r == '_' || unicode.IsLetter(r):
		case i > 0 && r >= '0' && r <= '9':
		default:
			return bad(fmt.Sprintf("character %q at byte %d: want letters, digits and underscores, starting with a letter or underscore", r, i))
		}
	}
	return nil
}

// checkTable checks a table name, optionally qualified by one schema name
// ("warehouse.cases"), and returns its parts.
func checkTable(name string) ([]string, error) {
	parts := strings.Split(name, ".")
	if len(parts) > 2 {
		return nil, &IdentifierError{Field: "Table", Name: name, Reason: "want table or schema.table"}
	}
	for _, p := range parts {
		if err := checkIdent("Table", p); err != nil {
			if len(parts) > 1 {
				err.(*IdentifierError).Name = name
			}
			return nil, err
		}
	}
	return parts, nil
}
