package rulepack

import (
	"encoding/json"
	"slices"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// Applied is one value used for a jurisdiction: the parameter, the pack it
// came from and the dated, cited value. Its JSON form is
// {"key", "pack": {"id", "version"}, "from", "to", "value", "basis", "note"}.
type Applied struct {
	Key   Key
	Pack  lawgov.PackRef
	Value Value
}

// MarshalJSON implements json.Marshaler.
func (a Applied) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Key  Key            `json:"key"`
		Pack lawgov.PackRef `json:"pack"`
		jsonValue
	}{a.Key, a.Pack, a.Value.file()})
}

func (a Applied) same(b Applied) bool {
	return a.Key == b.Key && a.Pack == b.Pack && a.Value.From == b.Value.From && a.Value.To == b.Value.To && a.Value.Equal(b.Value)
}

// Resolved is the set of values of one jurisdiction in force on one day,
// each naming the pack and citation it came from. Build it with
// [Registry.Resolve]; the zero Resolved has no values and no packs.
//
// A Resolved is immutable and safe for concurrent use.
type Resolved struct {
	on     lawgov.Date
	chain  []*Pack
	values map[Key]Applied
}

// On returns the day the values are in force on.
func (r *Resolved) On() lawgov.Date { return r.on }

// Jurisdiction returns the ID of the jurisdiction resolved, or "" for the
// zero Resolved.
func (r *Resolved) Jurisdiction() string {
	if len(r.chain) == 0 {
		return ""
	}
	return r.chain[0].id
}

// Name returns the jurisdiction's Chinese name, e.g. "赤壁市".
func (r *Resolved) Name() string {
	if len(r.chain) == 0 {
		return ""
	}
	return r.chain[0].name
}

// Instruments returns the instruments of the jurisdiction's own pack, the
// first being the one a derived procedure names as its basis.
func (r *Resolved) Instruments() []lawgov.Citation {
	if len(r.chain) == 0 {
		return nil
	}
	return r.chain[0].Instruments()
}

// Packs returns the jurisdiction's pack and those it inherits from, nearest
// first, as references for a [lawgov.Provenance].
func (r *Resolved) Packs() []lawgov.PackRef {
	out := make([]lawgov.PackRef, len(r.chain))
	for i, p := range r.chain {
		out[i] = p.Ref()
	}
	return out
}

// Provenance returns the provenance of a result computed with r on
// calendar cal (nil when no working days were counted).
func (r *Resolved) Provenance(cal *lawgov.Calendar) lawgov.Provenance {
	return lawgov.NewProvenance(cal, r.Packs()...)
}

// Lookup returns the value of parameter k in force, if any pack sets it.
func (r *Resolved) Lookup(k Key) (Applied, bool) {
	a, ok := r.values[k]
	return a, ok
}

// Applied returns every value in force, in [Params] order.
func (r *Resolved) Applied() []Applied {
	var out []Applied
	for _, q := range params {
		if a, ok := r.values[q.Key]; ok {
			out = append(out, a)
		}
	}
	return out
}

// Int returns the value of a days or workdays parameter.
func (r *Resolved) Int(k Key) (int, Applied, bool) { return get[int](r, k) }

// Period returns the value of a period parameter.
func (r *Resolved) Period(k Key) (lawgov.Period, Applied, bool) { return get[lawgov.Period](r, k) }

// Text returns the value of a code, text or definition parameter.
func (r *Resolved) Text(k Key) (string, Applied, bool) { return get[string](r, k) }

// Codes returns the value of a list-of-codes parameter.
func (r *Resolved) Codes(k Key) ([]string, Applied, bool) {
	v, a, ok := get[[]string](r, k)
	return slices.Clone(v), a, ok
}

// Bool returns the value of a boolean parameter.
func (r *Resolved) Bool(k Key) (bool, Applied, bool) { return get[bool](r, k) }

// MonthDay returns the value of a month-day parameter.
func (r *Resolved) MonthDay(k Key) (lawgov.MonthDay, Applied, bool) {
	return get[lawgov.MonthDay](r, k)
}

// Amount returns the value of an amount parameter.
func (r *Resolved) Amount(k Key) (decimal.Decimal, Applied, bool) { return get[decimal.Decimal](r, k) }

// Exams returns the value of [EnforcementExams].
func (r *Resolved) Exams() (Exams, Applied, bool) { return get[Exams](r, EnforcementExams) }

// Scheme returns the assessment scheme in force ([Assessment]), built by
// lawgov.NewScheme when the pack was parsed.
func (r *Resolved) Scheme() (*lawgov.Scheme, Applied, bool) {
	return get[*lawgov.Scheme](r, Assessment)
}

// RulesOff returns the rules the jurisdiction switches off ([RulesOff]).
func (r *Resolved) RulesOff() ([]lawgov.RuleID, Applied, bool) {
	v, a, ok := get[[]lawgov.RuleID](r, RulesOff)
	return slices.Clone(v), a, ok
}

func get[T any](r *Resolved, k Key) (T, Applied, bool) {
	a, ok := r.values[k]
	v, typed := a.Value.data.(T)
	if !ok || !typed {
		var zero T
		return zero, Applied{}, false
	}
	return v, a, true
}

// AnnualReportConfig returns the annual-report deadlines in force as a
// lawgov.AnnualReportConfig; parameters no pack sets keep lawgov's defaults.
func (r *Resolved) AnnualReportConfig() lawgov.AnnualReportConfig {
	var c lawgov.AnnualReportConfig
	c.PublishBy, _, _ = r.MonthDay(ReportPublishBy)
	c.DepartmentBy, _, _ = r.MonthDay(ReportDepartmentBy)
	c.ProvinceBy, _, _ = r.MonthDay(ReportProvinceBy)
	c.PublishInclusive, _, _ = r.Bool(ReportPublishInclusive)
	c.SubmitInclusive, _, _ = r.Bool(ReportSubmitInclusive)
	return c
}

// SwitchOff returns a copy of rep in which the findings of the rules the
// jurisdiction switches off ([RulesOff]) are not applicable, citing the
// provision that switches them off, and which records r's provenance on
// calendar cal. Other findings are unchanged.
func (r *Resolved) SwitchOff(rep lawgov.Report, cal *lawgov.Calendar) lawgov.Report {
	off, a, ok := r.RulesOff()
	if ok && len(off) > 0 {
		fs := slices.Clone(rep.Findings)
		for i, f := range fs {
			if slices.Contains(off, f.Rule) {
				f.Outcome, f.Severity = lawgov.NotApplicable, lawgov.Notice
				f.Message = "依" + a.Value.Basis.String() + "，" + r.Name() + "不适用本规则（原检查结果：" + f.Message + "）"
				f.Basis = append(slices.Clip(f.Basis), a.Value.Basis)
				fs[i] = f
			}
		}
		rep.Findings = fs
	}
	return rep.WithProvenance(r.Provenance(cal))
}
