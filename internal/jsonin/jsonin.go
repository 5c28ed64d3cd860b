// Package jsonin is the module's strict JSON reader for input records:
// request bodies of the example server and decision files. Unlike
// encoding/json it does not stop at the first problem. It reports every
// problem with its JSON path (reconsiderations[3].concluded): syntax,
// wrong kinds, dates and enumeration codes that do not parse, unknown
// keys, and keys given twice or in another case ({"n":15,"N":30} is an
// error, not 30). Problems are collected into one
// *lawgov.InvalidInputError whose messages are in Chinese and English.
package jsonin

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/fazhi-go/fazhi/lawgov"
)

// MaxDepth is the deepest nesting of arrays and objects accepted.
const MaxDepth = 64

// Decode reads exactly one JSON value from r into v, a non-nil pointer,
// reading at most limit bytes (limit ≤ 0: no limit). It returns nil, an
// *lawgov.InvalidInputError naming every problem with its JSON path, or
// another error when r fails. On a problem v holds what could be read.
func Decode(r io.Reader, v any, limit int64) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("jsonin: decode into %T: want a non-nil pointer", v)
	}
	typ := strings.TrimLeft(rv.Type().Elem().Name(), "*")
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if limit > 0 && int64(len(data)) > limit {
		return lawgov.NewInvalidInputError(typ, lawgov.FieldError{Rule: "too_large", Param: strconv.FormatInt(limit, 10)})
	}
	root, fe := parse(data)
	if fe != nil {
		return lawgov.NewInvalidInputError(typ, *fe)
	}
	var d decoder
	d.assign(root, rv.Elem(), "")
	if len(d.fields) > 0 {
		return lawgov.NewInvalidInputError(typ, d.fields...)
	}
	return nil
}

// Unreadable reports whether err is about the body as a whole (not JSON,
// empty, more than one value, too large), so that there is nothing to
// validate.
func Unreadable(err error) bool {
	var ie *lawgov.InvalidInputError
	return errors.As(err, &ie) && len(ie.Fields) == 1 && ie.Fields[0].Field == ""
}

// Merge combines the problems of errs, in order, into one
// *lawgov.InvalidInputError of type typ. A problem at or under a path that
// an earlier error already names (a field that could not be read, then
// reported as missing) is dropped, and so is a repeated (path, rule)
// pair. Errors that are not *lawgov.InvalidInputError are returned as they
// are, before anything else. Merge returns nil when every err is nil.
func Merge(typ string, errs ...error) error {
	var fields []lawgov.FieldError
	var shadow []string
	seen := map[[2]string]bool{}
	for _, err := range errs {
		if err == nil {
			continue
		}
		var ie *lawgov.InvalidInputError
		if !errors.As(err, &ie) {
			return err
		}
		var added []string
	next:
		for _, f := range ie.Fields {
			for _, p := range shadow {
				if f.Field == p || strings.HasPrefix(f.Field, p+".") || strings.HasPrefix(f.Field, p+"[") {
					continue next
				}
			}
			if k := [2]string{f.Field, f.Rule}; !seen[k] {
				seen[k] = true
				fields = append(fields, f)
				added = append(added, f.Field)
			}
		}
		shadow = append(shadow, added...)
	}
	if len(fields) == 0 {
		return nil
	}
	return lawgov.NewInvalidInputError(typ, fields...)
}

// Prefix returns err with every field path of its *lawgov.InvalidInputError
// put under path, as Prefix("reconsiderations[3]", err) turns "concluded"
// into "reconsiderations[3].concluded". Other errors are returned as they are.
func Prefix(path string, err error) error {
	var ie *lawgov.InvalidInputError
	if !errors.As(err, &ie) {
		return err
	}
	fields := make([]lawgov.FieldError, len(ie.Fields))
	for i, f := range ie.Fields {
		f.Field = join(path, f.Field)
		fields[i] = f
	}
	return lawgov.NewInvalidInputError(ie.Type, fields...)
}

func join(path, field string) string {
	switch {
	case path == "":
		return field
	case field == "" || strings.HasPrefix(field, "["):
		return path + field
	}
	return path + "." + field
}

// node is one parsed JSON value. Objects keep their keys in order,
// repeated keys included, so that repetitions can be reported.
type node struct {
	kind   byte // 's' string, 'n' number, 'b' bool, 'z' null, 'o' object, 'a' array
	text   string
	keys   []string
	values []*node
}

func (n *node) kindName() string {
	switch n.kind {
	case 's':
		return "string"
	case 'n':
		return "number"
	case 'b':
		return "boolean"
	case 'o':
		return "object"
	case 'a':
		return "array"
	}
	return "null"
}

// raw re-encodes n as JSON for a json.Unmarshaler.
func (n *node) raw(b *bytes.Buffer) {
	switch n.kind {
	case 's':
		q, _ := json.Marshal(n.text)
		b.Write(q)
	case 'n', 'b':
		b.WriteString(n.text)
	case 'z':
		b.WriteString("null")
	case 'o':
		b.WriteByte('{')
		for i, k := range n.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			q, _ := json.Marshal(k)
			b.Write(q)
			b.WriteByte(':')
			n.values[i].raw(b)
		}
		b.WriteByte('}')
	case 'a':
		b.WriteByte('[')
		for i, v := range n.values {
			if i > 0 {
				b.WriteByte(',')
			}
			v.raw(b)
		}
		b.WriteByte(']')
	}
}

// parse reads one JSON value and nothing after it.
func parse(data []byte) (*node, *lawgov.FieldError) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &lawgov.FieldError{Rule: "empty"}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	root, err := parseValue(dec, 0, "")
	if err != nil {
		return nil, err
	}
	if _, terr := dec.Token(); terr != io.EOF {
		return nil, &lawgov.FieldError{Rule: "one_value"}
	}
	return root, nil
}

func syntaxError(dec *json.Decoder, err error) *lawgov.FieldError {
	var se *json.SyntaxError
	off := dec.InputOffset()
	if errors.As(err, &se) {
		off = se.Offset
	}
	return &lawgov.FieldError{Rule: "syntax", Param: strconv.FormatInt(off, 10), Msg: strings.TrimPrefix(err.Error(), "json: ")}
}

func parseValue(dec *json.Decoder, depth int, path string) (*node, *lawgov.FieldError) {
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, syntaxError(dec, err)
	}
	switch t := tok.(type) {
	case json.Delim:
		if depth >= MaxDepth {
			return nil, &lawgov.FieldError{Field: path, Rule: "depth", Param: strconv.Itoa(MaxDepth)}
		}
		n := &node{kind: 'a'}
		if t == '{' {
			n.kind = 'o'
		}
		for dec.More() {
			child := path
			if n.kind == 'o' {
				kt, err := dec.Token()
				if err != nil {
					return nil, syntaxError(dec, err)
				}
				k, _ := kt.(string)
				n.keys = append(n.keys, k)
				child = join(path, k)
			} else {
				child = path + "[" + strconv.Itoa(len(n.values)) + "]"
			}
			v, fe := parseValue(dec, depth+1, child)
			if fe != nil {
				return nil, fe
			}
			n.values = append(n.values, v)
		}
		if _, err := dec.Token(); err != nil {
			return nil, syntaxError(dec, err)
		}
		return n, nil
	case string:
		return &node{kind: 's', text: t}, nil
	case json.Number:
		return &node{kind: 'n', text: t.String()}, nil
	case bool:
		return &node{kind: 'b', text: strconv.FormatBool(t)}, nil
	}
	return &node{kind: 'z'}, nil
}

// decoder assigns a parsed tree to a Go value, collecting problems.
type decoder struct{ fields []lawgov.FieldError }

func (d *decoder) add(f lawgov.FieldError) { d.fields = append(d.fields, f) }

func (d *decoder) wrongKind(n *node, path, want string) {
	d.add(lawgov.FieldError{Field: path, Rule: "type", Param: want, Value: n.kindName()})
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	dateType        = reflect.TypeFor[lawgov.Date]()
)

func (d *decoder) assign(n *node, v reflect.Value, path string) {
	if n.kind == 'z' {
		// null leaves the value as it is, as encoding/json does, except
		// that it clears pointers, slices and maps.
		switch v.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
			v.Set(reflect.Zero(v.Type()))
			return
		}
		if !v.Addr().Type().Implements(jsonUnmarshaler) {
			return
		}
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.assign(n, v.Elem(), path)
		return
	}
	pv := v.Addr()
	if n.kind == 's' && pv.Type().Implements(textUnmarshaler) {
		// A string goes to the text form directly, as encoding/json would
		// for a type without UnmarshalJSON; types with both (lawgov.Date)
		// read a string the same way through either.
		if err := pv.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.text)); err != nil {
			d.parseError(n, v.Type(), path, err)
		}
		return
	}
	if pv.Type().Implements(jsonUnmarshaler) {
		var b bytes.Buffer
		n.raw(&b)
		if err := pv.Interface().(json.Unmarshaler).UnmarshalJSON(b.Bytes()); err != nil {
			d.parseError(n, v.Type(), path, err)
		}
		return
	}
	if pv.Type().Implements(textUnmarshaler) {
		d.wrongKind(n, path, "string")
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.object(n, v, path)
	case reflect.Slice:
		if n.kind != 'a' {
			d.wrongKind(n, path, "array")
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.values), len(n.values))
		for i, e := range n.values {
			d.assign(e, s.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
		v.Set(s)
	case reflect.Array:
		if n.kind != 'a' {
			d.wrongKind(n, path, "array")
			return
		}
		if len(n.values) > v.Len() {
			d.add(lawgov.FieldError{Field: path, Rule: "max", Param: strconv.Itoa(v.Len())})
			return
		}
		for i, e := range n.values {
			d.assign(e, v.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
	case reflect.Map:
		d.mapping(n, v, path)
	case reflect.Interface:
		var b bytes.Buffer
		n.raw(&b)
		var x any
		_ = json.Unmarshal(b.Bytes(), &x)
		if x != nil && !reflect.TypeOf(x).AssignableTo(v.Type()) {
			d.wrongKind(n, path, "a value of "+v.Type().String())
			return
		}
		if x != nil {
			v.Set(reflect.ValueOf(x))
		}
	case reflect.String:
		if n.kind != 's' {
			d.wrongKind(n, path, "string")
			return
		}
		v.SetString(n.text)
	case reflect.Bool:
		if n.kind != 'b' {
			d.wrongKind(n, path, "boolean")
			return
		}
		v.SetBool(n.text == "true")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n.kind != 'n' {
			d.wrongKind(n, path, "integer")
			return
		}
		i, err := strconv.ParseInt(n.text, 10, v.Type().Bits())
		if err != nil {
			d.numberError(n, path, err)
			return
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.kind != 'n' {
			d.wrongKind(n, path, "integer")
			return
		}
		u, err := strconv.ParseUint(n.text, 10, v.Type().Bits())
		if err != nil {
			d.numberError(n, path, err)
			return
		}
		v.SetUint(u)
	default:
		d.add(lawgov.FieldError{Field: path, Rule: "type", Param: "nothing", Value: n.kindName(), Msg: "unsupported Go type " + v.Type().String()})
	}
}

func (d *decoder) numberError(n *node, path string, err error) {
	if errors.Is(err, strconv.ErrRange) {
		d.add(lawgov.FieldError{Field: path, Rule: "range", Value: n.text})
		return
	}
	d.add(lawgov.FieldError{Field: path, Rule: "type", Param: "integer", Value: n.kindName()})
}

// parseError reports a value its type's unmarshaller refused: a date, an
// enumeration code, or another value with a text form.
func (d *decoder) parseError(n *node, t reflect.Type, path string, err error) {
	rule := "parse"
	switch {
	case t == dateType:
		rule = "date"
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Uint64:
		rule = "enum" // enumerations are integer types with a text form
	}
	val := n.text
	if n.kind == 'o' || n.kind == 'a' {
		val = n.kindName()
	}
	d.add(lawgov.FieldError{Field: path, Rule: rule, Param: t.String(), Value: val, Msg: err.Error()})
}

func (d *decoder) mapping(n *node, v reflect.Value, path string) {
	if n.kind != 'o' {
		d.wrongKind(n, path, "object")
		return
	}
	if v.Type().Key().Kind() != reflect.String {
		d.add(lawgov.FieldError{Field: path, Rule: "type", Param: "nothing", Value: "object", Msg: "unsupported map key type"})
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.keys))
	seen := make(map[string]bool, len(n.keys))
	for i, k := range n.keys {
		p := path + "[" + k + "]"
		if seen[k] {
			d.add(lawgov.FieldError{Field: p, Rule: "duplicate"})
			continue
		}
		seen[k] = true
		e := reflect.New(v.Type().Elem()).Elem()
		d.assign(n.values[i], e, p)
		m.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), e)
	}
	v.Set(m)
}

func (d *decoder) object(n *node, v reflect.Value, path string) {
	if n.kind != 'o' {
		d.wrongKind(n, path, "object")
		return
	}
	fields := fieldsOf(v.Type())
	seen := make(map[string]bool, len(n.keys))
	for i, k := range n.keys {
		p := join(path, k)
		if seen[k] {
			d.add(lawgov.FieldError{Field: p, Rule: "duplicate"})
			continue
		}
		seen[k] = true
		f, ok := fields.byName[k]
		if !ok {
			if name, ok := fields.folded[strings.ToLower(k)]; ok {
				d.add(lawgov.FieldError{Field: p, Rule: "case", Param: name})
			} else {
				d.add(lawgov.FieldError{Field: p, Rule: "unknown"})
			}
			continue
		}
		fv, ok := fieldByIndex(v, f.Index)
		if !ok {
			d.add(lawgov.FieldError{Field: p, Rule: "unknown", Msg: "embedded through a nil pointer to an unexported type"})
			continue
		}
		d.assign(n.values[i], fv, p)
	}
}

// fieldByIndex is reflect.Value.FieldByIndex that allocates nil embedded
// pointers on the way.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					return reflect.Value{}, false
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}

// structFields are the JSON keys of a struct type.
type structFields struct {
	byName map[string]Field
	folded map[string]string // lower-case key → key
}

var fieldCache sync.Map // reflect.Type → structFields; types are finite, so the cache is bounded

func fieldsOf(t reflect.Type) structFields {
	if c, ok := fieldCache.Load(t); ok {
		return c.(structFields)
	}
	sf := structFields{byName: map[string]Field{}, folded: map[string]string{}}
	for _, f := range Fields(t) {
		sf.byName[f.Name] = f
		sf.folded[strings.ToLower(f.Name)] = f.Name
	}
	fieldCache.Store(t, sf)
	return sf
}

// Field is one JSON key of a struct type.
type Field struct {
	Name      string            // the JSON key
	OmitEmpty bool              // the json tag says omitempty
	Index     []int             // as reflect.Value.FieldByIndex takes it
	Type      reflect.Type      // the Go type of the field
	Tag       reflect.StructTag // the field's tags (validate, example, …)
}

// Fields returns the JSON keys of struct type t in order, as
// encoding/json names them: the json tag name or the Go name, fields
// tagged "-" and unexported fields left out, and the fields of embedded
// structs without a name flattened after the outer fields (the shallower
// field wins). The document generator of the example server reads the
// same list, so that what it documents is what Decode accepts.
func Fields(t reflect.Type) []Field {
	var out []Field
	collect(t, nil, &out, map[string]bool{}, map[reflect.Type]bool{})
	return out
}

func collect(t reflect.Type, index []int, out *[]Field, taken map[string]bool, visiting map[reflect.Type]bool) {
	if visiting[t] {
		return
	}
	visiting[t] = true
	defer delete(visiting, t)
	var embedded []reflect.StructField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		idx := append(append([]int(nil), index...), i)
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				f.Index = idx
				embedded = append(embedded, f)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if taken[name] {
			continue
		}
		taken[name] = true
		*out = append(*out, Field{Name: name, OmitEmpty: strings.Contains(","+opts+",", ",omitempty,"), Index: idx, Type: f.Type, Tag: f.Tag})
	}
	for _, f := range embedded {
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		collect(ft, f.Index, out, taken, visiting)
	}
}
