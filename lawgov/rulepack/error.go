package rulepack

import (
	"strconv"
	"strings"
)

// Problem is one thing wrong with a pack: where it is and what is wrong.
type Problem struct {
	Path string `json:"path"`           // JSON path, e.g. `$.values["decision.review-days"][0].basis`
	Line int    `json:"line,omitempty"` // 1-based line in the file; 0 when not known
	Msg  string `json:"message"`        // English, for the pack's author
}

// String renders "line 12: $.values[...]: msg".
func (p Problem) String() string {
	s := p.Path + ": " + p.Msg
	if p.Line > 0 {
		s = "line " + strconv.Itoa(p.Line) + ": " + s
	}
	return s
}

// Error reports a pack that cannot be loaded, with every problem found. A
// pack with any problem is never loaded in part: the function that returns
// an *Error returns no pack or registry.
type Error struct {
	File     string    // the file name, or the pack ID when there is no file
	Problems []Problem // never empty
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("rulepack: ")
	b.WriteString(strconv.Quote(e.File))
	b.WriteString(":")
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString(";")
		}
		b.WriteString(" ")
		b.WriteString(p.String())
	}
	return b.String()
}

// path builds JSON paths: $.a.b[0]["x.y"].
func field(path, key string) string {
	for _, r := range key {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return path + "[" + strconv.Quote(key) + "]"
		}
	}
	if key == "" {
		return path + `[""]`
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
