// Package enum holds the one table-driven implementation behind every
// enumeration in the module: a stable ASCII code for String and text
// encoding, and a Chinese label for display. Index 0 of a table is the
// unspecified value.
package enum

import (
	"fmt"
	"strconv"
)

// Entry is one enumeration value: its stable code and its Chinese label.
type Entry struct {
	Code  string
	Label string
}

// Table maps the values of an enumeration type T to their entries. Entry 0
// is the unspecified value; its code is never produced or accepted.
type Table[T ~uint8] struct {
	pkg, name string // e.g. "lawgov", "severity"
	typ       string // Go type name, e.g. "Severity"
	entries   []Entry
}

// New returns a table. pkg and name are used in error messages
// ("lawgov: unknown severity \"x\""), typ in String for out-of-range values.
// It panics if a code is empty or repeated, so a broken table fails at init.
func New[T ~uint8](pkg, name, typ string, entries []Entry) Table[T] {
	seen := make(map[string]bool, len(entries))
	for i, e := range entries {
		if i == 0 {
			continue
		}
		if e.Code == "" || e.Label == "" || seen[e.Code] {
			panic(fmt.Sprintf("enum: %s.%s entry %d: empty or repeated code %q", pkg, typ, i, e.Code))
		}
		seen[e.Code] = true
	}
	return Table[T]{pkg: pkg, name: name, typ: typ, entries: entries}
}

// Valid reports whether v is a defined, specified value.
func (t Table[T]) Valid(v T) bool { return v != 0 && int(v) < len(t.entries) }

// String returns the code of v, "unspecified" for 0, or "Type(9)" when out of range.
func (t Table[T]) String(v T) string {
	switch {
	case v == 0:
		return "unspecified"
	case int(v) < len(t.entries):
		return t.entries[v].Code
	}
	return t.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Label returns the Chinese label of v, or "" when v is not valid.
func (t Table[T]) Label(v T) string {
	if !t.Valid(v) {
		return ""
	}
	return t.entries[v].Label
}

// MarshalText returns the code of v, "" for the unspecified value, and an
// error for a value out of range.
func (t Table[T]) MarshalText(v T) ([]byte, error) {
	switch {
	case v == 0:
		return []byte{}, nil
	case int(v) < len(t.entries):
		return []byte(t.entries[v].Code), nil
	}
	return nil, fmt.Errorf("%s: invalid %s %d", t.pkg, t.name, int(v))
}

// Parse returns the value whose code is text. The empty text is the
// unspecified value.
func (t Table[T]) Parse(text []byte) (T, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(t.entries); i++ {
		if t.entries[i].Code == string(text) {
			return T(i), nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s %q", t.pkg, t.name, text)
}

// ParseLabel returns the value whose Chinese label is label.
func (t Table[T]) ParseLabel(label string) (T, error) {
	for i := 1; i < len(t.entries); i++ {
		if t.entries[i].Label == label {
			return T(i), nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s label %q", t.pkg, t.name, label)
}

// Values returns every specified value in order.
func (t Table[T]) Values() []T {
	vs := make([]T, 0, len(t.entries)-1)
	for i := 1; i < len(t.entries); i++ {
		vs = append(vs, T(i))
	}
	return vs
}
