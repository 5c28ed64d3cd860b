package lawgov

import (
	"errors"
	"fmt"
	"strings"

	"github.com/fazhi-go/fazhi/internal/validate"
	"github.com/go-playground/validator/v10"
)

// FieldError is one problem with one field of an input record.
type FieldError struct {
	Field string `json:"field"`             // path in JSON names from the record, e.g. "units[2].id"
	Rule  string `json:"rule"`              // the rule broken, e.g. "required", "max", "isvalid"
	Param string `json:"param,omitempty"`   // the rule's parameter, e.g. "64" for max=64
	Msg   string `json:"message,omitempty"` // the facts, in English, e.g. "2024-03-01 is before received 2024-03-05"
	Value string `json:"value,omitempty"`   // the value given, when it could not be read, e.g. "2024-02-30"
	fe    validator.FieldError
}

// Message renders the problem in lang: "zh" for Chinese, anything else for
// English. Problems found by the validator use its translations; problems
// found in code or by a strict JSON decoder use the wording of their Rule
// (required, gtefield, date, enum, unknown, duplicate, case, …).
func (f FieldError) Message(lang string) string {
	if f.fe != nil && hasTranslation(f.fe, lang) {
		// The translations name the field by its last element; name the
		// whole path instead, so a caller can find it in a nested record.
		msg := validate.Translate(f.fe, lang)
		if leaf := f.fe.Field(); leaf != f.Field && strings.HasPrefix(msg, leaf) {
			msg = f.Field + msg[len(leaf):]
		}
		return msg
	}
	if msg, ok := f.localMessage(lang); ok {
		return msg
	}
	if f.Msg != "" {
		return f.Field + ": " + f.Msg
	}
	if f.Param != "" {
		return f.Field + ": " + f.Rule + "=" + f.Param
	}
	return f.Field + ": " + f.Rule
}

// InvalidInputError reports an input record that does not have the shape a
// function needs. It lists every bad field with its path and the rule it
// broke. Errors found by the validator unwrap to validator.ValidationErrors.
type InvalidInputError struct {
	Type   string       // the record type, e.g. "Task"
	Fields []FieldError // never empty
	err    error
}

func (e *InvalidInputError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "lawgov: invalid %s:", e.Type)
	for i, f := range e.Fields {
		if i > 0 {
			b.WriteString(";")
		}
		b.WriteString(" ")
		b.WriteString(f.Field)
		b.WriteString(": ")
		b.WriteString(f.Rule)
		if f.Param != "" {
			b.WriteString("=" + f.Param)
		}
		if f.Msg != "" {
			b.WriteString(" (" + f.Msg + ")")
		}
	}
	return b.String()
}

// Unwrap returns the validator's errors, when the validator found them.
func (e *InvalidInputError) Unwrap() error { return e.err }

// Messages renders every problem in lang ("zh" or "en").
func (e *InvalidInputError) Messages(lang string) []string {
	out := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		out[i] = f.Message(lang)
	}
	return out
}

// Validate checks the shape of v, a struct or pointer to struct, by its
// validate tags with the module's one validator. It returns nil or an
// *InvalidInputError naming every bad field. Tags express shape only
// (required, max, isvalid); legal conditions are rules that produce findings.
func Validate(v any) error {
	err := validate.Struct(v)
	if err == nil {
		return nil
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return fmt.Errorf("lawgov: validate %T: %w", v, err)
	}
	ie := &InvalidInputError{Type: fmt.Sprintf("%T", v), err: ves}
	ie.Type = strings.TrimLeft(ie.Type[strings.LastIndex(ie.Type, ".")+1:], "*")
	for _, fe := range ves {
		// The namespace starts with the Go type name of the record; the path
		// a caller knows starts after it.
		path := fe.Namespace()
		if _, rest, ok := strings.Cut(path, "."); ok {
			path = rest
		}
		ie.Fields = append(ie.Fields, FieldError{Field: path, Rule: fe.Tag(), Param: fe.Param(), fe: fe})
	}
	return ie
}

// NewInvalidInputError builds an *InvalidInputError for problems found in
// code rather than by tags, such as a reference to an unknown unit.
func NewInvalidInputError(typ string, fields ...FieldError) *InvalidInputError {
	return &InvalidInputError{Type: typ, Fields: fields}
}

// hasTranslation reports whether the validator has wording for fe in lang;
// without it, it renders its internal English form.
func hasTranslation(fe validator.FieldError, lang string) bool {
	return !strings.Contains(validate.Translate(fe, lang), "Error:Field validation for")
}
