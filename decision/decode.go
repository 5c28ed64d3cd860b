package decision

import (
	"io"

	"github.com/fazhi-go/fazhi/internal/jsonin"
)

// maxFile is the largest decision file Decode reads, in bytes.
const maxFile = 16 << 20

// Decode reads one decision file: one JSON object in the field names of
// [Decision], at most 16 MiB. It is strict where encoding/json is lenient:
// unknown keys, keys given twice and keys that differ from a field only in
// case ({"Title": …} for "title") are errors, and it does not stop at the
// first problem. It then checks the shape with [Decision.Validate].
//
// It returns the decision, or an *lawgov.InvalidInputError naming every
// problem with its JSON path (units[2].name, participation.call_closed),
// with messages in Chinese and English (Messages("zh")), including dates
// and enumeration codes that do not parse; any other error comes from r.
// Whether the procedure complies with the law is for [Procedure.Check].
func Decode(r io.Reader) (Decision, error) {
	var d Decision
	err := jsonin.Decode(r, &d, maxFile)
	if err == nil {
		return d, d.Validate()
	}
	if jsonin.Unreadable(err) {
		return Decision{}, err
	}
	return d, jsonin.Merge("Decision", err, d.Validate())
}
