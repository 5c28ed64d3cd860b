package rulepack

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"

	"github.com/fazhi-go/fazhi/lawgov"
)

// Pack is one jurisdiction's rule pack (规则包): its ID, name and version, the
// pack it inherits from, the instruments it rests on and its values, each
// with its citation and effective range. Packs are data files; Parse reads
// one and rejects it whole when anything is wrong.
//
// A Pack is immutable and safe for concurrent use. The zero Pack is invalid;
// build packs with Parse.
type Pack struct {
	id, name, version, parent string
	instruments               []lawgov.Citation
	values                    map[Key][]Value
	file                      string
	parentLine                int // the line of "parent", for errors found by a Registry
}

// Value is one dated value of a parameter: the value, the provision that
// sets it, and the days it is in force, From through To, both included.
// A zero From means "in force before To, start not known"; a zero To means
// "until further notice".
//
// Value is immutable; the zero Value is invalid.
type Value struct {
	From, To lawgov.Date
	Basis    lawgov.Citation
	Note     string // Chinese, optional: the provision's words or a caveat
	raw      []byte // canonical JSON of the value
	data     any    // the decoded value; see decodeValue
	kind     Kind
	line     int // the line of the value in its file, for errors found by a Registry
}

// InForce reports whether v applies on day d.
func (v Value) InForce(d lawgov.Date) bool {
	return (v.From.IsZero() || !d.Before(v.From)) && (v.To.IsZero() || !d.After(v.To))
}

// JSON returns the value in canonical JSON form, e.g. `{"n":30,"unit":"calendar_days"}`.
func (v Value) JSON() []byte { return bytes.Clone(v.raw) }

// Data returns the decoded value: int for days and workdays, lawgov.Period,
// string for a code, text or definition, []string for codes, bool,
// lawgov.MonthDay, Exams, *lawgov.Scheme, decimal.Decimal or
// []lawgov.RuleID, following the parameter's [Kind].
func (v Value) Data() any {
	switch x := v.data.(type) {
	case []string:
		return slices.Clone(x)
	case []lawgov.RuleID:
		return slices.Clone(x)
	}
	return v.data
}

// Equal reports whether v and w have the same value, whatever their
// citations and dates.
func (v Value) Equal(w Value) bool { return bytes.Equal(v.raw, w.raw) }

// ID returns the pack's ID, e.g. "hb-chibi".
func (p *Pack) ID() string { return p.id }

// Name returns the jurisdiction's Chinese name, e.g. "赤壁市".
func (p *Pack) Name() string { return p.name }

// Version returns the pack's version, e.g. "2019.1".
func (p *Pack) Version() string { return p.version }

// Parent returns the ID of the pack p inherits from, or "" for a root pack.
func (p *Pack) Parent() string { return p.parent }

// File returns the name of the file p was read from.
func (p *Pack) File() string { return p.file }

// Ref returns p's ID and version, for a [lawgov.Provenance].
func (p *Pack) Ref() lawgov.PackRef { return lawgov.PackRef{ID: p.id, Version: p.version} }

// Instruments returns the instruments the pack rests on. The result is a copy.
func (p *Pack) Instruments() []lawgov.Citation { return slices.Clone(p.instruments) }

// Keys returns the keys p sets, in [Params] order.
func (p *Pack) Keys() []Key {
	var out []Key
	for _, q := range params {
		if _, ok := p.values[q.Key]; ok {
			out = append(out, q.Key)
		}
	}
	return out
}

// Values returns p's values of key k in order of From. The result is a copy.
func (p *Pack) Values(k Key) []Value { return slices.Clone(p.values[k]) }

var (
	packKeys  = []string{"id", "name", "version", "parent", "instruments", "values"}
	valueKeys = []string{"from", "to", "value", "basis", "note"}
	idPattern = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
)

// Parse reads a pack from data. file names the source in errors. Every
// problem is reported, each with its JSON path and line, in one *Error;
// then no pack is returned.
//
// Parse checks the shape of the file (known keys only, each value of its
// parameter's kind, no period of zero or fewer days), that every value and
// instrument carries a valid citation, and that the effective ranges of one
// parameter do not overlap. References to the parent pack, to rules and to
// rate definitions are checked when the pack joins a [Registry].
func Parse(file string, data []byte) (*Pack, error) {
	if len(data) > MaxFileSize {
		return nil, &Error{File: file, Problems: []Problem{{Path: "$", Msg: fmt.Sprintf("file of %d bytes exceeds the limit of %d", len(data), MaxFileSize)}}}
	}
	root, err := parseTree(data)
	if err != nil {
		pr := Problem{Path: "$", Msg: err.Error()}
		if oe, ok := errors.AsType[*offsetError](err); ok {
			pr.Line = lineOf(data, oe.off)
		}
		return nil, &Error{File: file, Problems: []Problem{pr}}
	}
	d := &decoder{src: data}
	p := &Pack{file: file, values: map[Key][]Value{}}
	d.object(root, "$", packKeys, []string{"id", "name", "version", "values"}, func(k string, v *node, path string) {
		switch k {
		case "id", "parent":
			s, ok := d.str(v, path)
			if ok && !idPattern.MatchString(s) || len(s) > 64 {
				d.fail(v, path, "pack ID %q: want lower-case letters and digits joined by hyphens, such as \"hb-chibi\"", s)
			}
			if k == "id" {
				p.id = s
			} else {
				p.parent, p.parentLine = s, lineOf(data, v.start)
			}
		case "name":
			p.name, _ = d.text(v, path, 200)
		case "version":
			p.version, _ = d.text(v, path, 64)
		case "instruments":
			d.list(v, path, func(_ int, e *node, ep string) {
				if c, ok := d.citation(e, ep); ok {
					p.instruments = append(p.instruments, c)
				}
			})
		case "values":
			d.values(p, v, path)
		}
	})
	if p.parent != "" && p.parent == p.id {
		d.fail(root.member("parent"), "$.parent", "a pack cannot inherit from itself")
	}
	if len(d.probs) > 0 {
		return nil, &Error{File: file, Problems: d.probs}
	}
	return p, nil
}

func (d *decoder) values(p *Pack, n *node, path string) {
	if !d.want(n, path, nodeObject) {
		return
	}
	for i, k := range n.keys {
		kp, vn := field(path, k), n.vals[i]
		param, ok := LookupParam(Key(k))
		if !ok {
			d.fail(vn, kp, "unknown parameter %q", k)
			continue
		}
		if !d.want(vn, kp, nodeArray) {
			continue
		}
		if len(vn.elems) == 0 {
			d.fail(vn, kp, "no values")
		}
		var vs []Value
		for j, e := range vn.elems {
			ep := index(kp, j)
			before := len(d.probs)
			v := Value{kind: param.Kind}
			d.object(e, ep, valueKeys, []string{"value", "basis"}, func(k string, x *node, xp string) {
				switch k {
				case "from":
					v.From, _ = d.date(x, xp, false)
				case "to":
					v.To, _ = d.date(x, xp, true)
				case "basis":
					v.Basis, _ = d.citation(x, xp)
				case "note":
					v.Note, _ = d.str(x, xp)
				case "value":
					v.data, _ = d.decodeValue(param, x, xp)
					v.raw, v.line = x.appendJSON(nil), lineOf(d.src, x.start)
				}
			})
			if len(d.probs) > before {
				continue
			}
			if !v.From.IsZero() && !v.To.IsZero() && v.To.Before(v.From) {
				d.fail(e, ep, "to %s is before from %s", v.To, v.From)
				continue
			}
			vs = append(vs, v)
		}
		slices.SortStableFunc(vs, func(a, b Value) int { return a.From.Compare(b.From) })
		for j := 1; j < len(vs); j++ {
			a, b := vs[j-1], vs[j]
			if a.To.IsZero() || !a.To.Before(b.From) {
				d.fail(vn, kp, "effective ranges overlap: %s and %s", span(a), span(b))
			}
		}
		p.values[param.Key] = vs
	}
}

// span renders a value's range: "2019-07-05 起", "2019-07-05 至 2020-12-31".
func span(v Value) string {
	from := "（起始日未载明）"
	if !v.From.IsZero() {
		from = v.From.String()
	}
	if v.To.IsZero() {
		return from + " 起"
	}
	return from + " 至 " + v.To.String()
}

// appendJSON writes n as compact JSON, keeping object order and number
// literals as written.
func (n *node) appendJSON(b []byte) []byte {
	switch n.kind {
	case nodeNull:
		return append(b, "null"...)
	case nodeBool:
		return strconv.AppendBool(b, n.b)
	case nodeNumber:
		return append(b, n.str...)
	case nodeString:
		s, _ := json.Marshal(n.str)
		return append(b, s...)
	case nodeArray:
		b = append(b, '[')
		for i, e := range n.elems {
			if i > 0 {
				b = append(b, ',')
			}
			b = e.appendJSON(b)
		}
		return append(b, ']')
	}
	b = append(b, '{')
	for i, k := range n.keys {
		if i > 0 {
			b = append(b, ',')
		}
		s, _ := json.Marshal(k)
		b = append(append(b, s...), ':')
		b = n.vals[i].appendJSON(b)
	}
	return append(b, '}')
}

// jsonPack and jsonValue are the file form that MarshalJSON writes.
type jsonPack struct {
	ID          string                 `json:"id"`
	Name        string                 `json:"name"`
	Version     string                 `json:"version"`
	Parent      string                 `json:"parent,omitempty"`
	Instruments []lawgov.Citation      `json:"instruments,omitempty"`
	Values      map[string][]jsonValue `json:"values"`
}

type jsonValue struct {
	From  *lawgov.Date    `json:"from,omitempty"`
	To    *lawgov.Date    `json:"to,omitempty"`
	Value json.RawMessage `json:"value"`
	Basis lawgov.Citation `json:"basis"`
	Note  string          `json:"note,omitempty"`
}

// file returns v in its file form.
func (v Value) file() jsonValue {
	j := jsonValue{Value: v.raw, Basis: v.Basis, Note: v.Note}
	if !v.From.IsZero() {
		j.From = &v.From
	}
	if !v.To.IsZero() {
		j.To = &v.To
	}
	return j
}

// MarshalJSON writes p in the file form Parse reads, keys in sorted order,
// so that Parse(MarshalJSON(p)) is p.
func (p *Pack) MarshalJSON() ([]byte, error) {
	j := jsonPack{ID: p.id, Name: p.name, Version: p.version, Parent: p.parent, Instruments: p.instruments, Values: map[string][]jsonValue{}}
	for k, vs := range p.values {
		out := make([]jsonValue, len(vs))
		for i, v := range vs {
			out[i] = v.file()
		}
		j.Values[string(k)] = out
	}
	return json.MarshalIndent(j, "", "  ")
}
