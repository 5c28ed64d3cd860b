package casesql

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Grouping is how a query groups the cases it counts. The zero Grouping is
// unspecified and invalid.
type Grouping uint8

// The groupings.
const (
	GroupingUnspecified Grouping = iota
	// Total counts every case, as casework.Tally.Add does: a row flagged
	// carried over counts as carried over, any other as received.
	Total
	// ByUnit counts per unit, as casework.ByUnit.
	ByUnit
	// ByYear counts per calendar year with the rule of casework.ByYear: a
	// case counts as received in the year it was received, as carried over
	// (上年结转) in every later year it is open at the start of, and as
	// concluded, under its outcome, in the year it concluded. The
	// carried-over column is not read; the dates decide.
	ByYear
	// ByUnitYear counts per unit and year, as casework.ByUnitYear.
	ByUnitYear
)

var groupingNames = enum.New[Grouping]("casesql", "grouping", "Grouping", []enum.Entry{
	Total:      {Code: "total", Label: "合计"},
	ByUnit:     {Code: "unit", Label: "按单位"},
	ByYear:     {Code: "year", Label: "按年度"},
	ByUnitYear: {Code: "unit_year", Label: "按单位和年度"},
})

// String returns the stable code, e.g. "unit_year".
func (g Grouping) String() string { return groupingNames.String(g) }

// Label returns the Chinese label, e.g. 按年度.
func (g Grouping) Label() string { return groupingNames.Label(g) }

// IsValid reports whether g is a defined grouping.
func (g Grouping) IsValid() bool { return groupingNames.Valid(g) }

// Groupings returns every defined grouping, in order.
func Groupings() []Grouping { return groupingNames.Values() }

func (g Grouping) byUnit() bool { return g == ByUnit || g == ByUnitYear }
func (g Grouping) byYear() bool { return g == ByYear || g == ByUnitYear }

// Query asks for the counts of one or more rate definitions under one
// grouping, computed in one pass over the table.
//
// The zero Query is invalid: it has no definition and no grouping.
type Query struct {
	Definitions []casework.Definition // shipped or host-made; each must Validate
	Grouping    Grouping
	// FirstYear and LastYear bound the years of a ByYear or ByUnitYear
	// query; the other groupings ignore them. Pending cases are carried
	// over into every year up to LastYear. A zero FirstYear means the first
	// year any case in the table was received; a zero LastYear the last
	// year any case in the table (of either kind) was received or
	// concluded, which is what casework.ByYear does with the same cases.
	FirstYear, LastYear int
}

// Statement is an SQL statement with its bind parameters, in the order of
// its placeholders.
type Statement struct {
	SQL  string
	Args []any
}

// Query renders q for dialect d. The statement returns one row per group:
// the unit (ByUnit, ByUnitYear), the year (ByYear, ByUnitYear), then the
// numerator and the base of each definition in turn, as 64-bit integers.
// Total returns one row; the other groupings return the groups that hold
// at least one case of the definitions' kinds (a group without one has
// the undefined rate 0/0 for every definition). Rows are not ordered;
// [Mapping.Rates] sorts them.
//
// Each numerator and base is that of Definition.Apply: the statement is
// derived from the definition's arithmetic over casework.Counts, so a
// definition built from any outcomes, classes, policy and measures renders
// without change. Every value (kind and outcome codes, years) is a bind
// parameter.
func (m Mapping) Query(d Dialect, q Query) (Statement, error) {
	if len(q.Definitions) == 0 {
		return Statement{}, errors.New("casesql: query without a definition")
	}
	type form struct{ num, den []term }
	forms := make([]form, len(q.Definitions))
	kinds := map[casework.Kind]bool{}
	for i, def := range q.Definitions {
		if err := def.Validate(); err != nil {
			return Statement{}, err
		}
		num, den, err := linearForm(def)
		if err != nil {
			return Statement{}, err
		}
		forms[i] = form{num, den}
		kinds[def.Kind] = true
	}
	if !q.Grouping.IsValid() {
		return Statement{}, fmt.Errorf("casesql: invalid grouping %s", q.Grouping)
	}
	if q.FirstYear < 0 || q.LastYear < 0 || (q.LastYear > 0 && q.FirstYear > q.LastYear) {
		return Statement{}, fmt.Errorf("casesql: years %d to %d: want 0 ≤ first ≤ last", q.FirstYear, q.LastYear)
	}
	qn, err := m.quote(d)
	if err != nil {
		return Statement{}, err
	}
	// The statement counts in two steps. The inner query groups the rows
	// by the facts the counters read (kind, unit, outcome, years, flags)
	// and counts each group; the outer query sums the counters over those
	// groups, weighted by their size, joined with the years in a by-year
	// grouping. The engine reads every row once and evaluates the
	// counters' conditions once per group of equal rows, not per row.
	w := &writer{d: d}
	oneKind := len(kinds) == 1
	inner := func() {
		col := func(f string) string { return "t." + qn.col[f] }
		w.sql("SELECT " + col("Kind") + " AS k, " + col("Outcome") + " AS o, " + col("Accepted") + " IS NOT NULL AS acc, " +
			col("Indirect") + " AS ind, " + col("CarriedOver") + " AS co, " + col("Heard") + " AS hd, " + col("Appeared") + " AS ap")
		keys := []string{col("Kind"), col("Outcome"), col("Accepted") + " IS NOT NULL", col("Indirect"), col("CarriedOver"), col("Heard"), col("Appeared")}
		if q.Grouping.byUnit() {
			w.sql(", " + col("Unit") + " AS u")
			keys = append(keys, col("Unit"))
		}
		if q.Grouping.byYear() {
			ry, cy := d.year(col("Received")), d.year(col("Concluded"))
			w.sql(", " + ry + " AS ry, " + cy + " AS cy")
			keys = append(keys, ry, cy)
		}
		w.sql(", COUNT(*) AS n FROM " + qn.table + " AS t")
		if oneKind {
			w.sql(" WHERE " + col("Kind") + " = ")
			w.arg(q.Definitions[0].Kind.String())
		}
		w.sql(" GROUP BY " + strings.Join(keys, ", "))
	}
	from := func() {
		w.sql(" FROM (")
		inner()
		w.sql(") AS c")
	}
	year := ""
	if q.Grouping.byYear() {
		// The years run from the first to the last: bounds reads the table
		// once with MIN and MAX (both aggregate, so bounds has one row),
		// and years counts up from lo through three tables of digits, for
		// spans of up to 1,000 years. A recursive expression would do
		// too, but MariaDB evaluates its inputs again at every step.
		year = "yy.y"
		col := func(f string) string { return "t." + qn.col[f] }
		w.sql("WITH digits (d) AS (SELECT 0")
		for i := 1; i < 10; i++ {
			w.sql(" UNION ALL SELECT " + strconv.Itoa(i))
		}
		w.sql("), bounds AS (SELECT MIN(")
		if q.FirstYear > 0 {
			w.arg(q.FirstYear)
		} else {
			w.sql(d.year(col("Received")))
		}
		w.sql(") AS lo, MAX(")
		if q.LastYear > 0 {
			w.arg(q.LastYear)
		} else {
			w.sql("GREATEST(" + d.year(col("Received")) + ", COALESCE(" + d.year(col("Concluded")) + ", " + d.year(col("Received")) + "))")
		}
		step := "bounds.lo + d0.d + 10 * d1.d + 100 * d2.d"
		w.sql(") AS hi FROM " + qn.table + " AS t), years (y) AS (SELECT " + step +
			" FROM bounds, digits AS d0, digits AS d1, digits AS d2 WHERE " + step + " <= bounds.hi) ")
		from = func() {
			w.sql(" FROM (")
			inner()
			w.sql(") AS c JOIN years AS yy ON yy.y >= c.ry AND (c.o IS NULL OR yy.y <= c.cy)")
		}
	}
	w.sql("SELECT ")
	var group []string
	if q.Grouping.byUnit() {
		group = append(group, "c.u")
	}
	if year != "" {
		group = append(group, year)
	}
	for _, g := range group {
		w.sql(g + ", ")
	}
	// With one kind, the inner WHERE clause selects it; with both, each
	// sum tests the kind of the group.
	for i, def := range q.Definitions {
		p := predicates{w: w, year: year, d: d, kind: def.Kind, testKind: !oneKind}
		if i > 0 {
			w.sql(", ")
		}
		p.sum(forms[i].num)
		w.sql(", ")
		p.sum(forms[i].den)
	}
	from()
	if len(group) > 0 {
		w.sql(" GROUP BY " + strings.Join(group, ", "))
	}
	return Statement{SQL: w.b.String(), Args: w.args}, nil
}

// writer builds a statement, numbering the placeholders in text order.
type writer struct {
	d    Dialect
	b    strings.Builder
	args []any
}

func (w *writer) sql(s string) { w.b.WriteString(s) }

func (w *writer) arg(v any) {
	w.args = append(w.args, v)
	if w.d == MySQL {
		w.b.WriteString("?")
		return
	}
	// PostgreSQL infers a parameter's type from its use; a bare year in
	// the select list of the bounds would be text.
	if _, ok := v.(int); ok {
		w.b.WriteString("CAST(" + w.d.placeholder(len(w.args)) + " AS INTEGER)")
		return
	}
	w.b.WriteString(w.d.placeholder(len(w.args)))
}

// A slot is one counter of casework.Counts: an outcome slot (outcome ≥ 0)
// or a named int64 field.
type slot struct {
	field   string
	outcome int // -1 for a named field
}

// term is a slot with its coefficient in a linear form.
type term struct {
	slot slot
	coef int64
}

// countsSlots lists the counters of casework.Counts by reflection, so that
// a counter added to Counts later is seen: linearForm refuses a definition
// that reads a counter this package cannot render.
func countsSlots() []slot {
	var out []slot
	t := reflect.TypeFor[casework.Counts]()
	for i := range t.NumField() {
		f := t.Field(i)
		switch {
		case f.Type.Kind() == reflect.Array:
			for o := range f.Type.Len() {
				out = append(out, slot{field: f.Name, outcome: o})
			}
		case f.Type.Kind() == reflect.Int64:
			out = append(out, slot{field: f.Name, outcome: -1})
		}
	}
	return out
}

func setSlot(c *casework.Counts, s slot, v int64) {
	f := reflect.ValueOf(c).Elem().FieldByName(s.field)
	if s.outcome >= 0 {
		f.Index(s.outcome).SetInt(v)
		return
	}
	f.SetInt(v)
}

// linearForm returns the numerator and base of d as linear forms over the
// counters of casework.Counts, found by applying d to tallies that differ
// from a baseline by one counter. The baseline sets every outcome counter
// to one large value and every named counter to a larger one, so that
// measures that subtract outcomes from a named counter (审结数 less
// 不予受理) stay non-negative. d.Apply adds and subtracts counters (outcome
// sums and measures); a check on the baseline itself and on a tally with
// every counter set to a distinct value confirms it, so a definition whose
// arithmetic is not linear is refused instead of rendered wrongly.
func linearForm(d casework.Definition) (num, den []term, err error) {
	const base = 1 << 20
	slots := countsSlots()
	apply := func(t *casework.Tally) (lawgov.Rate, error) {
		r, err := d.Apply(t)
		if err != nil {
			return r, fmt.Errorf("casesql: definition %q: %w", d.ID, err)
		}
		return r, nil
	}
	baseOf := func(s slot) int64 {
		if s.outcome >= 0 {
			return base
		}
		return base * casework.OutcomeSlots
	}
	var zero casework.Tally
	for _, s := range slots {
		setSlot(zero.Counts(d.Kind), s, baseOf(s))
	}
	r0, err := apply(&zero)
	if err != nil {
		return nil, nil, err
	}
	probe := zero
	var atBaseNum, atBaseDen int64 // the forms evaluated at the baseline
	wantNum, wantDen := r0.Num, r0.Den
	for i, s := range slots {
		t := zero
		setSlot(t.Counts(d.Kind), s, baseOf(s)+1)
		r, err := apply(&t)
		if err != nil {
			return nil, nil, err
		}
		cn, cd := r.Num-r0.Num, r.Den-r0.Den
		if cn != 0 {
			num = append(num, term{s, cn})
		}
		if cd != 0 {
			den = append(den, term{s, cd})
		}
		atBaseNum, atBaseDen = atBaseNum+cn*baseOf(s), atBaseDen+cd*baseOf(s)
		v := int64(3 + 7*i)
		setSlot(probe.Counts(d.Kind), s, baseOf(s)+v)
		wantNum += cn * v
		wantDen += cd * v
	}
	r, err := apply(&probe)
	if err != nil {
		return nil, nil, err
	}
	if r0.Num != atBaseNum || r0.Den != atBaseDen || r.Num != wantNum || r.Den != wantDen {
		return nil, nil, fmt.Errorf("casesql: definition %q: numerator or base is not a sum of counters; it has no SQL form", d.ID)
	}
	for _, t := range slices.Concat(num, den) {
		if t.slot.outcome < 0 && !slices.Contains(renderable, t.slot.field) {
			return nil, nil, fmt.Errorf("casesql: definition %q: counter %s has no SQL form", d.ID, t.slot.field)
		}
	}
	return num, den, nil
}

// renderable are the named counters predicates knows.
var renderable = []string{"Received", "CarriedOver", "Accepted", "Concluded", "DecidedOnMerits", "Substantive", "Indirect", "Heard", "Appeared"}

// predicates renders the row conditions of the counters.
type predicates struct {
	w    *writer
	d    Dialect
	year string // "" outside a by-year grouping
	kind casework.Kind
	// testKind makes every condition test the kind of the row too.
	testKind bool
}

// sum writes the SQL sum of a linear form: one CASE per group of terms,
// with the outcome slots of equal coefficients merged into one IN list.
func (p predicates) sum(form []term) {
	type part struct {
		coef int64
		cond func()
	}
	var parts []part
	outcomes := map[int64][]string{}
	var coefs []int64
	for _, t := range form {
		if t.slot.outcome < 0 {
			if cond, ok := p.named(t.slot.field); ok {
				parts = append(parts, part{t.coef, cond})
			}
			continue
		}
		if t.slot.outcome == 0 {
			parts = append(parts, part{t.coef, p.open})
			continue
		}
		code, ok := outcomeCode(p.kind, t.slot.outcome)
		if !ok {
			continue // no case has this outcome: the counter is always 0
		}
		if _, seen := outcomes[t.coef]; !seen {
			coefs = append(coefs, t.coef)
		}
		outcomes[t.coef] = append(outcomes[t.coef], code)
	}
	for _, c := range coefs {
		codes := outcomes[c]
		parts = append(parts, part{c, func() { p.concludedWith(codes) }})
	}
	if len(parts) == 0 {
		p.w.sql("CAST(0 AS " + p.d.bigint() + ")")
		return
	}
	p.w.sql("CAST(COALESCE(SUM(")
	for i, pt := range parts {
		if i > 0 {
			p.w.sql(" + ")
		}
		p.w.sql("CASE WHEN ")
		if p.testKind {
			p.w.sql("c.k = ")
			p.w.arg(p.kind.String())
			p.w.sql(" AND (")
		}
		pt.cond()
		if p.testKind {
			p.w.sql(")")
		}
		p.w.sql(" THEN " + strconv.FormatInt(pt.coef, 10) + " * c.n ELSE 0 END")
	}
	p.w.sql("), 0) AS " + p.d.bigint() + ")")
}

// named returns the condition under which a row counts in the named
// counter, or false when no row of the kind ever does.
func (p predicates) named(field string) (func(), bool) {
	rc := p.kind == casework.KindReconsideration
	switch field {
	case "Received":
		return func() { p.received(true) }, true
	case "CarriedOver":
		return func() { p.received(false) }, true
	case "Accepted":
		return p.accepted, rc
	case "Concluded":
		return func() { p.concludedWith(nil) }, true
	case "DecidedOnMerits":
		return func() { p.concludedWith(outcomeCodes(p.kind, casework.ReconsiderationOutcome.DecidedOnMerits, nil)) }, rc
	case "Substantive":
		return func() { p.concludedWith(outcomeCodes(p.kind, nil, casework.LitigationOutcome.Substantive)) }, !rc
	case "Indirect":
		return func() { p.concludedFlag("ind") }, rc
	case "Heard":
		return func() { p.concludedFlag("hd") }, !rc
	case "Appeared":
		return func() { p.concludedFlag("ap") }, !rc
	}
	return nil, false
}

// received writes the condition of Received (new) or CarriedOver: the
// flag outside a by-year grouping, the year of receipt inside one.
func (p predicates) received(isNew bool) {
	switch {
	case p.year != "" && isNew:
		p.w.sql("c.ry = " + p.year)
	case p.year != "":
		p.w.sql("c.ry < " + p.year)
	case isNew:
		p.w.sql("(c.co IS NULL OR NOT c.co)")
	default:
		p.w.sql("c.co")
	}
}

// accepted writes the condition of Accepted: an acceptance date, or a
// conclusion by an outcome that passed the acceptance review; counted in
// the period of receipt only (a case carried over was accepted earlier):
// in a by-year grouping the year of receipt, outside one a case not
// carried over.
func (p predicates) accepted() {
	p.w.sql("(c.acc OR c.o IN (")
	p.list(acceptedCodes())
	p.w.sql(")) AND ")
	p.received(true)
}

// concludedWith writes "concluded (in the year), with one of codes";
// nil codes means any outcome.
func (p predicates) concludedWith(codes []string) {
	if codes == nil {
		p.w.sql("c.o IS NOT NULL")
	} else {
		p.w.sql("c.o IN (")
		p.list(codes)
		p.w.sql(")")
	}
	p.inConclusionYear()
}

// concludedFlag writes "concluded (in the year), with the flag set"; flag
// is the inner query's alias.
func (p predicates) concludedFlag(flag string) {
	p.w.sql("c." + flag + " AND c.o IS NOT NULL")
	p.inConclusionYear()
}

func (p predicates) inConclusionYear() {
	if p.year != "" {
		p.w.sql(" AND c.cy = " + p.year)
	}
}

// open writes the condition of Outcomes[0]: pending, or in a by-year
// grouping, open at the end of the year.
func (p predicates) open() {
	p.w.sql("c.o IS NULL")
	if p.year != "" {
		p.w.sql(" OR c.cy > " + p.year)
	}
}

func (p predicates) list(codes []string) {
	if len(codes) == 0 {
		p.w.sql("NULL") // x IN (NULL) is never true
		return
	}
	for i, c := range codes {
		if i > 0 {
			p.w.sql(", ")
		}
		p.w.arg(c)
	}
}

// outcomeCode returns the code of outcome value v of kind k.
func outcomeCode(k casework.Kind, v int) (string, bool) {
	if k == casework.KindReconsideration {
		o := casework.ReconsiderationOutcome(v)
		return o.String(), o.IsValid()
	}
	o := casework.LitigationOutcome(v)
	return o.String(), o.IsValid()
}

// outcomeCodes returns the codes of the outcomes of kind k that rc or lit
// accepts.
func outcomeCodes(k casework.Kind, rc func(casework.ReconsiderationOutcome) bool, lit func(casework.LitigationOutcome) bool) []string {
	out := []string{}
	if k == casework.KindReconsideration && rc != nil {
		for _, o := range casework.ReconsiderationOutcomes() {
			if rc(o) {
				out = append(out, o.String())
			}
		}
	}
	if k == casework.KindLitigation && lit != nil {
		for _, o := range casework.LitigationOutcomes() {
			if lit(o) {
				out = append(out, o.String())
			}
		}
	}
	return out
}

// acceptedCodes returns the reconsideration outcomes that count a case as
// accepted without an acceptance date, found the way the Go path finds
// them: by tallying a case with that outcome.
func acceptedCodes() []string {
	return outcomeCodes(casework.KindReconsideration, func(o casework.ReconsiderationOutcome) bool {
		day := lawgov.MustDate(2024, 1, 2)
		r, err := casework.Reconsideration{ID: "probe", Unit: "probe", Received: day, Concluded: day, Outcome: o}.Record(0)
		if err != nil {
			return false
		}
		var t casework.Tally
		t.Add(r)
		return t.Reconsideration.Accepted == 1
	}, nil)
}
