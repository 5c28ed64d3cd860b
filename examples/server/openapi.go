package main

import (
	"bytes"
	"embed"
	"encoding"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/fazhi-go/fazhi/internal/jsonin"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
	"github.com/shopspring/decimal"
)

// The OpenAPI document is generated from the Go request and response types
// of the routes, with the field list the strict decoder reads
// (jsonin.Fields), so the contract cannot drift from the code. openapi.json
// in this directory is the same document, written by
// `go test ./examples/server -update` and checked by a test, for vendors
// who generate clients without running the server.

//go:embed testdata/*.json
var examples embed.FS

// openAPIDocument renders the document of routes() as indented JSON.
func openAPIDocument() ([]byte, error) {
	doc, err := buildOpenAPI(routes())
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// serveDocument answers GET /openapi.json with doc.
func serveDocument(doc []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		_, _ = w.Write(doc)
	}
}

// jsonObject keeps the key order of a document as written.
type jsonObject []kv

type kv struct {
	k string
	v any
}

func (o jsonObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, e := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(e.k)
		b.Write(k)
		b.WriteByte(':')
		var v bytes.Buffer
		enc := json.NewEncoder(&v)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(e.v); err != nil {
			return nil, err
		}
		b.Write(bytes.TrimRight(v.Bytes(), "\n"))
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func (o *jsonObject) set(k string, v any) { *o = append(*o, kv{k, v}) }

// schemas collects the component schemas, one per named Go type.
type schemas struct {
	byName map[string]jsonObject
	names  map[reflect.Type]string
	order  []string
	err    error
}

var (
	dateType    = reflect.TypeFor[lawgov.Date]()
	decimalType = reflect.TypeFor[decimal.Decimal]()
	textType    = reflect.TypeFor[encoding.TextMarshaler]()
	jsonType    = reflect.TypeFor[json.Marshaler]()
	enumType    = reflect.TypeFor[interface{ Enum() []string }]()
)

// name is the component name of t: the Go name for the server's own types
// (PeriodRequest), package and name for the library's (lawgov.Citation),
// so that lawgov.Role and casework.Role do not collide.
func (s *schemas) name(t reflect.Type) string {
	if n, ok := s.names[t]; ok {
		return n
	}
	n := t.Name()
	if pkg := t.PkgPath(); pkg != reflect.TypeFor[route]().PkgPath() {
		n = pkg[strings.LastIndex(pkg, "/")+1:] + "." + n
	} else {
		r := []rune(n)
		r[0] = unicode.ToUpper(r[0])
		n = string(r)
	}
	s.names[t] = n
	return n
}

func ref(name string) jsonObject {
	return jsonObject{{"$ref", "#/components/schemas/" + name}}
}

// schema returns the schema of t, a $ref for named structs and enums.
func (s *schemas) schema(t reflect.Type) jsonObject {
	switch {
	case t == dateType:
		return s.component(t, func() jsonObject {
			return jsonObject{{"type", "string"}, {"format", "date"}, {"nullable", true}, {"example", "2024-03-01"},
				{"description", "A civil date (公历日期) in the form 2006-01-02; null or \"\" for none."}}
		})
	case t == decimalType:
		return jsonObject{{"type", "string"}, {"pattern", `^-?[0-9]+(\.[0-9]+)?$`}, {"description", "An exact decimal number, as a string."}, {"example", "92.5"}}
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Uint64 && t.Implements(textType) && t.Name() != "":
		return s.component(t, func() jsonObject { return s.enum(t) })
	case t.Implements(jsonType) || reflect.PointerTo(t).Implements(jsonType) || t.Implements(textType):
		s.fail(fmt.Errorf("openapi: %s has its own JSON form; describe it", t))
		return jsonObject{}
	}
	if t.Implements(enumType) {
		// A string naming one of a list the server knows (a rule set).
		list := []any{""}
		for _, n := range reflect.Zero(t).Interface().(interface{ Enum() []string }).Enum() {
			list = append(list, n)
		}
		return jsonObject{{"type", "string"}, {"enum", list}}
	}
	switch t.Kind() {
	case reflect.Pointer:
		inner := s.schema(t.Elem())
		if len(inner) == 1 && inner[0].k == "$ref" {
			return jsonObject{{"allOf", []any{inner}}, {"nullable", true}}
		}
		return append(inner, kv{"nullable", true})
	case reflect.Struct:
		if t.Name() == "" {
			return s.object(t)
		}
		return s.component(t, func() jsonObject { return s.object(t) })
	case reflect.Slice, reflect.Array:
		return jsonObject{{"type", "array"}, {"items", s.schema(t.Elem())}, {"nullable", true}}
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			s.fail(fmt.Errorf("openapi: map key %s", t.Key()))
		}
		return jsonObject{{"type", "object"}, {"additionalProperties", s.schema(t.Elem())}, {"nullable", true}}
	case reflect.String:
		return jsonObject{{"type", "string"}}
	case reflect.Bool:
		return jsonObject{{"type", "boolean"}}
	case reflect.Int, reflect.Int64, reflect.Uint, reflect.Uint64:
		o := jsonObject{{"type", "integer"}, {"format", "int64"}}
		if t.Kind() >= reflect.Uint {
			o.set("minimum", 0)
		}
		return o
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Uint8, reflect.Uint16, reflect.Uint32:
		o := jsonObject{{"type", "integer"}, {"format", "int32"}}
		if t.Kind() >= reflect.Uint {
			o.set("minimum", 0)
		}
		return o
	}
	s.fail(fmt.Errorf("openapi: cannot describe %s", t))
	return jsonObject{}
}

func (s *schemas) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

// component registers the schema of named type t once and returns a $ref.
func (s *schemas) component(t reflect.Type, build func() jsonObject) jsonObject {
	n := s.name(t)
	if _, ok := s.byName[n]; !ok {
		s.byName[n] = nil // placeholder: recursive types end here
		s.order = append(s.order, n)
		s.byName[n] = build()
	}
	return ref(n)
}

// enum lists the codes of an enumeration: the values from 1 up while
// IsValid reports true, each with its Chinese label. The empty string is
// the unspecified value.
func (s *schemas) enum(t reflect.Type) jsonObject {
	codes := []any{""}
	var labels []string
	for i := 1; i < 1<<10; i++ {
		v := reflect.New(t).Elem()
		if t.Kind() >= reflect.Uint {
			v.SetUint(uint64(i))
		} else {
			v.SetInt(int64(i))
		}
		iv, ok := v.Interface().(interface{ IsValid() bool })
		if !ok || !iv.IsValid() {
			break
		}
		code, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			s.fail(err)
			break
		}
		codes = append(codes, string(code))
		if l, ok := v.Interface().(interface{ Label() string }); ok {
			labels = append(labels, string(code)+"（"+l.Label()+"）")
		}
	}
	o := jsonObject{{"type", "string"}, {"enum", codes}}
	if len(codes) > 1 {
		o.set("example", codes[1])
	}
	if len(labels) > 0 {
		o.set("description", "Codes, with the Chinese label: "+strings.Join(labels, ", ")+". The empty string is unspecified.")
	}
	return o
}

// object describes a struct by the fields the decoder reads. A field is
// required when its validate tag demands a value (required, isvalid, or a
// minimum of 1 or more); the validate limits become minimum, maximum,
// maxLength and maxItems; an example tag becomes the example.
func (s *schemas) object(t reflect.Type) jsonObject {
	props := jsonObject{}
	var required []string
	for _, f := range jsonin.Fields(t) {
		p := s.schema(f.Type)
		// Rules after dive apply to the elements of a list.
		own, _, _ := strings.Cut(f.Tag.Get("validate"), ",dive")
		own, _, _ = strings.Cut(own, "dive")
		rules := strings.Split(own, ",")
		isRef := len(p) == 1 && p[0].k == "$ref"
		var extra jsonObject
		for _, r := range rules {
			key, val, _ := strings.Cut(r, "=")
			n, err := strconv.Atoi(val)
			switch {
			case key == "required" || key == "isvalid" || (key == "min" && err == nil && n >= 1 && f.Type.Kind() != reflect.Slice):
				if !slices.Contains(required, f.Name) && !slices.Contains(rules, "omitempty") {
					required = append(required, f.Name)
				}
			}
			if err != nil || key != "min" && key != "max" {
				continue
			}
			switch f.Type.Kind() {
			case reflect.String:
				extra.set(map[string]string{"min": "minLength", "max": "maxLength"}[key], n)
			case reflect.Slice:
				extra.set(map[string]string{"min": "minItems", "max": "maxItems"}[key], n)
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				extra.set(map[string]string{"min": "minimum", "max": "maximum"}[key], n)
			}
		}
		if ex, ok := f.Tag.Lookup("example"); ok {
			switch f.Type.Kind() {
			case reflect.String:
				extra.set("example", ex)
			case reflect.Slice:
				extra.set("example", []string{ex})
			default:
				s.fail(fmt.Errorf("openapi: example of %s.%s: only strings and lists of strings", t, f.Name))
			}
		}
		if isRef && len(extra) > 0 {
			p = jsonObject{{"allOf", []any{p}}}
		}
		props.set(f.Name, append(p, extra...))
	}
	o := jsonObject{{"type", "object"}, {"properties", props}, {"additionalProperties", false}}
	if len(required) > 0 {
		o.set("required", required)
	}
	return o
}

// operation describes a route for the document.
type operation struct {
	id, tag, summary string
	request          any      // a value of the request body type; nil for none
	response         any      // a value of the 200 body type; nil for this document
	example          string   // a file of testdata holding a request body
	query            []string // the optional string query parameters
}

// answer runs the request example file through rt and returns its JSON
// answer, which must be a 200.
func answer(rt route, file string) (any, error) {
	raw, err := examples.ReadFile("testdata/" + file)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(rt.method, rt.path, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	w := &recorder{header: http.Header{}}
	reg, err := catalogue.Shipped()
	if err != nil {
		return nil, err
	}
	rt.handle(&server{reg: reg}, w, req)
	if w.status != http.StatusOK {
		return nil, fmt.Errorf("openapi: example %s: status %d: %s", file, w.status, w.body.String())
	}
	var v any
	return v, json.Unmarshal(w.body.Bytes(), &v)
}

// recorder is the http.ResponseWriter of answer.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) { r.status = status }

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(b)
}

// buildOpenAPI describes rts.
func buildOpenAPI(rts []route) (jsonObject, error) {
	s := &schemas{byName: map[string]jsonObject{}, names: map[reflect.Type]string{}}
	body := func(v any) jsonObject {
		return jsonObject{{"application/json", jsonObject{{"schema", s.schema(reflect.TypeOf(v))}}}}
	}
	errRef := func(desc string) jsonObject {
		return jsonObject{{"description", desc}, {"content", body(apiError{})}}
	}
	paths := jsonObject{}
	var tags []string
	for _, rt := range rts {
		op := rt.op
		o := jsonObject{{"operationId", op.id}, {"tags", []string{op.tag}}, {"summary", op.summary}}
		if len(op.query) > 0 {
			var params []jsonObject
			for _, q := range op.query {
				params = append(params, jsonObject{{"name", q}, {"in", "query"}, {"required", false}, {"schema", jsonObject{{"type", "string"}}}})
			}
			o.set("parameters", params)
		}
		if !slices.Contains(tags, op.tag) {
			tags = append(tags, op.tag)
		}
		responses := jsonObject{}
		if op.request != nil {
			rb := jsonObject{{"required", true}}
			content := body(op.request)
			if op.example != "" {
				raw, err := examples.ReadFile("testdata/" + op.example)
				if err != nil {
					return nil, err
				}
				var ex any
				if err := json.Unmarshal(raw, &ex); err != nil {
					return nil, fmt.Errorf("openapi: example %s: %w", op.example, err)
				}
				content[0].v = append(content[0].v.(jsonObject), kv{"example", ex})
			}
			rb.set("content", content)
			o.set("requestBody", rb)
		}
		if op.response != nil {
			content := body(op.response)
			if op.example != "" && rt.handle != nil {
				// The answer to the request example, computed by the route.
				ex, err := answer(rt, op.example)
				if err != nil {
					return nil, err
				}
				content[0].v = append(content[0].v.(jsonObject), kv{"example", ex})
			}
			responses.set("200", jsonObject{{"description", "The answer"}, {"content", content}})
			responses.set("400", jsonObject{{"$ref", "#/components/responses/BadRequest"}})
			responses.set("413", jsonObject{{"$ref", "#/components/responses/TooLarge"}})
			responses.set("422", jsonObject{{"$ref", "#/components/responses/CannotRun"}})
		} else {
			responses.set("200", jsonObject{{"description", "The OpenAPI 3 document"},
				{"content", jsonObject{{"application/json", jsonObject{{"schema", jsonObject{{"type", "object"}}}}}}}})
		}
		o.set("responses", responses)
		paths.set(rt.path, jsonObject{{strings.ToLower(rt.method), o}})
	}
	comps := jsonObject{}
	respComps := jsonObject{
		{"BadRequest", errRef("Malformed JSON, wrong kinds, unknown, repeated or case-variant keys, or invalid values; fields and problems list every problem with its JSON path")},
		{"TooLarge", errRef("Body larger than 4 MiB")},
		{"CannotRun", errRef("Well-formed input that cannot be checked, such as a date in a year without official calendar data")},
	}
	for _, n := range s.order {
		comps.set(n, s.byName[n])
	}
	if s.err != nil {
		return nil, s.err
	}
	var tagList []any
	for _, t := range tags {
		tagList = append(tagList, jsonObject{{"name", t}})
	}
	return jsonObject{
		{"openapi", "3.0.3"},
		{"info", jsonObject{
			{"title", "fazhi host service"},
			{"version", lawgov.Version},
			{"description", "Rules of rule-of-law government work (法治政府建设) as a JSON API: statutory periods on the official working-day calendar, major-decision checks, officer credentials, case outcome rates and work-plan ledgers. Bodies are read strictly: unknown, repeated and case-variant keys are errors, and every problem is reported with its JSON path, in Chinese or English by Accept-Language."},
			{"license", jsonObject{{"name", "Apache-2.0"}, {"url", "https://www.apache.org/licenses/LICENSE-2.0"}}},
		}},
		{"tags", tagList},
		{"paths", paths},
		{"components", jsonObject{{"schemas", comps}, {"responses", respComps}}},
	}, nil
}
