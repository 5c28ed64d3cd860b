package rulepack

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/fazhi-go/fazhi/lawgov"
)

// ErrUnknownJurisdiction is returned when no loaded pack has the ID asked for.
var ErrUnknownJurisdiction = errors.New("rulepack: unknown jurisdiction")

// Catalogue is what a [Registry] checks a pack's references against: the
// IDs of every rule and of every rate definition that exists. The package
// that knows all of them (lawgov/rulepack/catalogue) builds it.
type Catalogue struct {
	Rules       []lawgov.RuleID
	Definitions []string
}

// Registry is a set of loaded packs whose parents, rules and definitions all
// exist, with no inheritance cycle. It answers "the rules of jurisdiction J
// in force on date D" through Resolve.
//
// A Registry is immutable and safe for concurrent use; With returns a new
// one. The zero Registry is empty and usable.
type Registry struct {
	cat   Catalogue
	packs map[string]*Pack
}

// NewRegistry returns a registry of packs checked against cat. It fails,
// with an *Error for the first pack that is wrong, when two packs share an
// ID, a parent is missing, the parents form a cycle, or a value names a rule
// or definition cat does not have. Then nothing is loaded.
func NewRegistry(cat Catalogue, packs ...*Pack) (*Registry, error) {
	r := &Registry{cat: Catalogue{Rules: slices.Clone(cat.Rules), Definitions: slices.Clone(cat.Definitions)}, packs: map[string]*Pack{}}
	return r.With(packs...)
}

// With returns a registry of r's packs and packs, checked as NewRegistry
// checks them. r itself is not changed; on error nothing is loaded.
func (r *Registry) With(packs ...*Pack) (*Registry, error) {
	next := &Registry{cat: r.cat, packs: maps.Clone(r.packs)}
	if next.packs == nil {
		next.packs = map[string]*Pack{}
	}
	for _, p := range packs {
		if p == nil || p.id == "" {
			return nil, errors.New("rulepack: registry: nil or unparsed pack")
		}
		if q, dup := next.packs[p.id]; dup {
			return nil, &Error{File: p.file, Problems: []Problem{{Path: "$.id", Msg: fmt.Sprintf("pack ID %q is already loaded from %q", p.id, q.file)}}}
		}
		next.packs[p.id] = p
	}
	for _, p := range packs {
		if err := next.check(p); err != nil {
			return nil, err
		}
	}
	return next, nil
}

// check verifies p's references: its parent chain and the rules and
// definitions its values name.
func (r *Registry) check(p *Pack) error {
	var probs []Problem
	seen := map[string]bool{p.id: true}
	for q := p; q.parent != ""; {
		parent, ok := r.packs[q.parent]
		if !ok {
			probs = append(probs, Problem{Path: "$.parent", Line: p.parentLine, Msg: fmt.Sprintf("pack %q inherits from %q, which is not loaded", q.id, q.parent)})
			break
		}
		if seen[parent.id] {
			probs = append(probs, Problem{Path: "$.parent", Line: p.parentLine, Msg: fmt.Sprintf("inheritance cycle through %q", parent.id)})
			break
		}
		seen[parent.id] = true
		q = parent
	}
	for _, k := range p.Keys() {
		kind := params[paramIndex(k)].Kind
		for i, v := range p.values[k] {
			path := index(field("$.values", string(k)), i) + ".value"
			switch x := v.data.(type) {
			case []lawgov.RuleID:
				for j, id := range x {
					if !slices.Contains(r.cat.Rules, id) {
						probs = append(probs, Problem{Path: index(path, j), Line: v.line, Msg: fmt.Sprintf("no rule %q", id)})
					}
				}
			case string:
				if kind == KindDefinition && !slices.Contains(r.cat.Definitions, x) {
					probs = append(probs, Problem{Path: path, Line: v.line, Msg: fmt.Sprintf("no rate definition %q", x)})
				}
			}
		}
	}
	if len(probs) > 0 {
		return &Error{File: p.file, Problems: probs}
	}
	return nil
}

// Pack returns the loaded pack with ID id.
func (r *Registry) Pack(id string) (*Pack, bool) {
	p, ok := r.packs[id]
	return p, ok
}

// Packs returns the loaded packs ordered by ID.
func (r *Registry) Packs() []*Pack {
	out := slices.Collect(maps.Values(r.packs))
	slices.SortFunc(out, func(a, b *Pack) int {
		switch {
		case a.id < b.id:
			return -1
		case a.id > b.id:
			return 1
		}
		return 0
	})
	return out
}

// Chain returns the pack of jurisdiction j followed by the packs it
// inherits from, nearest first: hb-chibi, hb, cn.
func (r *Registry) Chain(j string) ([]*Pack, error) {
	p, ok := r.packs[j]
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrUnknownJurisdiction, j)
	}
	out := []*Pack{p}
	for p.parent != "" {
		p = r.packs[p.parent] // present and acyclic: checked by With
		out = append(out, p)
	}
	return out, nil
}

// Resolve returns the values of jurisdiction j in force on day on: for each
// parameter, the value of the nearest pack in j's chain that has one in
// force that day. A parameter no pack sets on that day is absent, and the
// package that uses it applies its own default or reports it missing.
func (r *Registry) Resolve(j string, on lawgov.Date) (*Resolved, error) {
	if !on.IsValid() {
		return nil, fmt.Errorf("rulepack: resolve %q: invalid date", j)
	}
	chain, err := r.Chain(j)
	if err != nil {
		return nil, err
	}
	res := &Resolved{on: on, chain: chain, values: map[Key]Applied{}}
	for _, q := range params {
		if a, ok := lookup(chain, q.Key, on); ok {
			res.values[q.Key] = a
		}
	}
	return res, nil
}

// ResolveAt is Resolve with a day per parameter: each parameter k is
// resolved on at[k] when that is a valid day, and on def otherwise. A check
// uses it to judge each rule by the value in force on the day of the event
// the rule looks at — the comment period on the day the call for comments
// was published, the review time on the day the draft was sent for review.
// On of the result is def.
func (r *Registry) ResolveAt(j string, def lawgov.Date, at map[Key]lawgov.Date) (*Resolved, error) {
	res, err := r.Resolve(j, def)
	if err != nil {
		return nil, err
	}
	for k, on := range at {
		if !on.IsValid() || on == def || paramIndex(k) < 0 {
			continue
		}
		if a, ok := lookup(res.chain, k, on); ok {
			res.values[k] = a
		} else {
			delete(res.values, k)
		}
	}
	return res, nil
}

func lookup(chain []*Pack, k Key, on lawgov.Date) (Applied, bool) {
	for _, p := range chain {
		for _, v := range p.values[k] {
			if v.InForce(on) {
				return Applied{Key: k, Pack: p.Ref(), Value: v}, true
			}
		}
	}
	return Applied{}, false
}

// Segment is a stretch of days, From through To (zero for open ends), on
// which a parameter of a jurisdiction has one value; Applied is absent when
// Set is false.
type Segment struct {
	From, To lawgov.Date
	Set      bool
	Applied  Applied
}

// Timeline returns the history of parameter k in jurisdiction j: the
// stretches of days on which one value from one pack applies, in date order,
// covering all days. It answers "from when" a county's value applies.
func (r *Registry) Timeline(j string, k Key) ([]Segment, error) {
	chain, err := r.Chain(j)
	if err != nil {
		return nil, err
	}
	// The value can change only where some value of the chain starts or
	// the day after one ends.
	var cuts []lawgov.Date
	for _, p := range chain {
		for _, v := range p.values[k] {
			if !v.From.IsZero() {
				cuts = append(cuts, v.From)
			}
			if !v.To.IsZero() {
				cuts = append(cuts, v.To.AddDays(1))
			}
		}
	}
	slices.SortFunc(cuts, lawgov.Date.Compare)
	cuts = slices.Compact(cuts)
	var out []Segment
	starts := append([]lawgov.Date{{}}, cuts...)
	for i, from := range starts {
		probe := from
		if probe.IsZero() {
			probe = lawgov.MustDate(1, 1, 1)
			if len(cuts) > 0 {
				probe = cuts[0].AddDays(-1)
			}
			if !probe.IsValid() {
				continue
			}
		}
		a, ok := lookup(chain, k, probe)
		s := Segment{From: from, Set: ok, Applied: a}
		if i+1 < len(starts) {
			s.To = starts[i+1].AddDays(-1)
		}
		if n := len(out); n > 0 && out[n-1].Set == s.Set && (!s.Set || out[n-1].Applied.same(a)) {
			out[n-1].To = s.To
			continue
		}
		out = append(out, s)
	}
	return out, nil
}

// Difference is a stretch of days on which jurisdiction j's value of Key
// differs from the base jurisdiction's: Value is j's, Base the base's (Set
// false when the base has none).
type Difference struct {
	Key      Key
	From, To lawgov.Date
	Value    Applied
	Base     Segment
}

// Compare lists, for every parameter in [Params] order and then by date,
// the stretches of days on which j's value differs from base's value, or is
// set where base has none. It answers "which values differ from the
// national ones and from when".
func (r *Registry) Compare(j, base string) ([]Difference, error) {
	if _, err := r.Chain(base); err != nil {
		return nil, err
	}
	var out []Difference
	for _, q := range params {
		mine, err := r.Timeline(j, q.Key)
		if err != nil {
			return nil, err
		}
		theirs, _ := r.Timeline(base, q.Key)
		for _, s := range mine {
			if !s.Set {
				continue
			}
			for _, b := range overlapping(theirs, s) {
				if b.Set && b.Applied.Value.Equal(s.Applied.Value) {
					continue
				}
				from, to := later(s.From, b.From), earlier(s.To, b.To)
				out = append(out, Difference{Key: q.Key, From: from, To: to, Value: s.Applied, Base: b})
			}
		}
	}
	return out, nil
}

// overlapping returns the segments of ts that share a day with s.
func overlapping(ts []Segment, s Segment) []Segment {
	var out []Segment
	for _, t := range ts {
		if (t.To.IsZero() || s.From.IsZero() || !t.To.Before(s.From)) && (s.To.IsZero() || t.From.IsZero() || !t.From.After(s.To)) {
			out = append(out, t)
		}
	}
	return out
}

// later returns the later of two range starts (zero = open start).
func later(a, b lawgov.Date) lawgov.Date {
	if a.IsZero() || (!b.IsZero() && b.After(a)) {
		return b
	}
	return a
}

// earlier returns the earlier of two range ends (zero = open end).
func earlier(a, b lawgov.Date) lawgov.Date {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}
