package casework

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"

	"github.com/fazhi-go/fazhi/lawgov"
)

// definitionJSON is the JSON form of a Definition: every set by its stable
// codes, the policy as the outcomes whose class differs from the default.
type definitionJSON struct {
	ID       string            `json:"id"`
	Name     string            `json:"name"`
	Kind     string            `json:"kind"`
	Outcomes []string          `json:"outcomes,omitempty"`
	Classes  []string          `json:"classes,omitempty"`
	Counters []string          `json:"counters,omitempty"`
	Base     []string          `json:"base"`
	Policy   map[string]string `json:"policy,omitempty"`
	Source   []lawgov.Citation `json:"source"`
	Note     string            `json:"note,omitempty"`
	Formula  string            `json:"formula,omitempty"` // output only, derived from the parts
}

// outcomeCode returns the code of outcome value v of kind k.
func outcomeCode(k Kind, v uint8) string {
	if k == KindLitigation {
		return LitigationOutcome(v).String()
	}
	return ReconsiderationOutcome(v).String()
}

// parseOutcome parses an outcome code of kind k.
func parseOutcome(k Kind, code string) (uint8, error) {
	if k == KindLitigation {
		o, err := ParseLitigationOutcome(code)
		return uint8(o), err
	}
	o, err := ParseReconsiderationOutcome(code)
	return uint8(o), err
}

// policyClass returns the class of outcome v of kind k under c, and the
// default class.
func policyClass(c Classes, k Kind, v uint8) (got, def Class) {
	if k == KindLitigation {
		return c.Litigation(LitigationOutcome(v)), defaultLitigationClasses[v]
	}
	return c.Reconsideration(ReconsiderationOutcome(v)), defaultReconsiderationClasses[v]
}

// MarshalJSON implements json.Marshaler with the form described on
// [Definition]: outcomes, classes and measures by their codes, the policy
// as the outcomes of the definition's kind whose class differs from the
// default, and the derived formula.
func (d Definition) MarshalJSON() ([]byte, error) {
	j := definitionJSON{ID: d.ID, Name: d.Name, Kind: d.Kind.String(), Source: d.Source, Note: d.Note, Formula: d.Formula()}
	if j.Source == nil {
		j.Source = []lawgov.Citation{}
	}
	for v := uint8(1); v < OutcomeSlots; v++ {
		if d.Outcomes.Has(v) {
			j.Outcomes = append(j.Outcomes, outcomeCode(d.Kind, v))
		}
		if got, def := policyClass(d.Policy, d.Kind, v); got != def {
			if j.Policy == nil {
				j.Policy = map[string]string{}
			}
			j.Policy[outcomeCode(d.Kind, v)] = got.String()
		}
	}
	for _, c := range AllClasses() {
		if d.Classes.Has(c) {
			j.Classes = append(j.Classes, c.String())
		}
	}
	for m := Received; m <= Appeared; m++ {
		if d.Counters.Has(m) {
			j.Counters = append(j.Counters, m.String())
		}
		if d.Base.Has(m) {
			j.Base = append(j.Base, m.String())
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler. It accepts the form
// MarshalJSON writes (the formula, being derived, is ignored), rejects
// unknown fields, and checks everything Validate checks. Every problem is
// reported in one *lawgov.InvalidInputError whose fields are JSON paths,
// such as "outcomes[2]" or "policy.agreement_remedy"; d is unchanged on
// error.
func (d *Definition) UnmarshalJSON(b []byte) error {
	var j definitionJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return lawgov.NewInvalidInputError("Definition", jsonFieldError(err))
	}
	var fields []lawgov.FieldError
	bad := func(field, rule, param, msg string) {
		fields = append(fields, lawgov.FieldError{Field: field, Rule: rule, Param: param, Msg: msg})
	}
	out := Definition{ID: j.ID, Name: j.Name, Source: j.Source, Note: j.Note}
	if k, err := kindNames.Parse([]byte(j.Kind)); err == nil {
		out.Kind = k
	}
	if out.ID == "" {
		bad("id", "required", "", "")
	}
	if out.Name == "" {
		bad("name", "required", "", "")
	}
	if !out.Kind.IsValid() {
		bad("kind", "required", "", "want reconsideration or litigation")
	}
	for i, code := range j.Outcomes {
		v, err := parseOutcome(out.Kind, code)
		if err != nil || !out.Kind.IsValid() {
			bad("outcomes["+strconv.Itoa(i)+"]", "oneof", "", "unknown "+out.Kind.String()+" outcome "+strconv.Quote(code))
			continue
		}
		out.Outcomes |= 1 << v
	}
	for i, code := range j.Classes {
		c, err := classNames.Parse([]byte(code))
		if err != nil || !c.IsValid() {
			bad("classes["+strconv.Itoa(i)+"]", "oneof", "", "unknown class "+strconv.Quote(code))
			continue
		}
		out.Classes |= ClassSetOf(c)
	}
	measures := func(name string, codes []string) MeasureSet {
		var set MeasureSet
		for i, code := range codes {
			path := name + "[" + strconv.Itoa(i) + "]"
			m, err := measureNames.Parse([]byte(code))
			switch k := m.kind(); {
			case err != nil || !m.IsValid():
				bad(path, "oneof", "", "unknown measure "+strconv.Quote(code))
			case k != KindUnspecified && out.Kind.IsValid() && k != out.Kind:
				bad(path, "kind", out.Kind.String(), "measure "+m.String()+" does not apply to "+out.Kind.String()+" cases")
			default:
				set |= Measures(m)
			}
		}
		return set
	}
	out.Counters = measures("counters", j.Counters)
	out.Base = measures("base", j.Base)
	if len(j.Base) == 0 {
		bad("base", "required", "", "")
	}
	if len(j.Outcomes) == 0 && len(j.Classes) == 0 && len(j.Counters) == 0 {
		bad("outcomes", "required_without_all", "classes counters", "empty numerator")
	}
	for code, clCode := range j.Policy {
		path := "policy." + code
		v, err := parseOutcome(out.Kind, code)
		cl, clErr := classNames.Parse([]byte(clCode))
		switch {
		case err != nil || !out.Kind.IsValid():
			bad(path, "oneof", "", "unknown "+out.Kind.String()+" outcome "+strconv.Quote(code))
		case clErr != nil || !cl.IsValid():
			bad(path, "oneof", "", "unknown class "+strconv.Quote(clCode))
		case out.Kind == KindLitigation:
			out.Policy = out.Policy.WithLitigation(LitigationOutcome(v), cl)
		default:
			out.Policy = out.Policy.WithReconsideration(ReconsiderationOutcome(v), cl)
		}
	}
	if len(out.Source) == 0 {
		bad("source", "required", "", "")
	}
	for i, c := range out.Source {
		if !c.IsValid() {
			bad("source["+strconv.Itoa(i)+"]", "isvalid", "", "not a valid citation")
		}
	}
	if len(fields) > 0 {
		sortFields(fields)
		return lawgov.NewInvalidInputError("Definition", fields...)
	}
	*d = out
	return nil
}

// sortFields orders problems by path, so that errors are deterministic
// although the policy is a map.
func sortFields(fs []lawgov.FieldError) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Field < fs[j-1].Field; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// jsonFieldError turns a decoding error into a field problem with the JSON
// path where the decoder reports one.
func jsonFieldError(err error) lawgov.FieldError {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return lawgov.FieldError{Field: te.Field, Rule: "type", Param: te.Type.String(), Msg: "got JSON " + te.Value}
	}
	return lawgov.FieldError{Field: "", Rule: "json", Msg: err.Error()}
}
