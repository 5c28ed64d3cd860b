package lawgov

import (
	"fmt"
	"iter"
	"math/bits"
	"strconv"
)

// MaxVerdictRules is the number of rules a [Verdict] holds. A rule set
// with more rules cannot be judged by a verdict (its checks report an
// error); every rule set of this module has fewer than half as many.
const MaxVerdictRules = 128

// ruleBits is a set of rule positions.
type ruleBits [MaxVerdictRules / 64]uint64

func (s *ruleBits) set(i int)        { s[i>>6] |= 1 << (i & 63) }
func (s *ruleBits) clear(i int)      { s[i>>6] &^= 1 << (i & 63) }
func (s *ruleBits) has(i int) bool   { return s[i>>6]&(1<<(i&63)) != 0 }
func (s *ruleBits) count() (n int)   { return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) }
func (s *ruleBits) empty() bool      { return s[0]|s[1] == 0 }
func (s *ruleBits) union(t ruleBits) { s[0] |= t[0]; s[1] |= t[1] }
func (s *ruleBits) minus(t ruleBits) { s[0] &^= t[0]; s[1] &^= t[1] }

// Verdict is the outcome of every rule of one check run, without the
// messages (结论): for each rule, by its position in the rule set's order,
// whether it passed, failed or did not apply, and the severity of a
// failure. It is what a full [Report] says rule by rule, in 72 bytes: a
// check that only needs the answer computes it without allocating, and a
// verdict compares with == and is safe to copy.
//
// A rule that yields several findings (one per officer, say) has the
// outcome of the worst of them: it fails when one fails, with the highest
// severity among its failures; otherwise it passes when one passes; it is
// not applicable when none applies.
//
// The zero Verdict has no rules and is OK.
type Verdict struct {
	n int32 // rules judged: positions 0 … n-1
	// worst is the highest severity among failures; SeverityUnspecified
	// when nothing failed.
	worst Severity
	// provisional is set when a count touched a year whose holiday
	// arrangements were not yet published (see [Calendar.WithProvisional]).
	provisional bool
	// judged holds the rules with an outcome; the others (a rule of a
	// rule set whose check has not run) are unspecified.
	judged, fail, pass ruleBits
	// sevHi and sevLo hold the two bits of the severity of a failing rule:
	// Notice 01, Warning 10, Violation 11.
	sevHi, sevLo ruleBits
}

// Len returns the number of rules the verdict covers.
func (v Verdict) Len() int { return int(v.n) }

// Outcome returns the outcome of the rule at position i, or
// OutcomeUnspecified when i is out of range.
func (v Verdict) Outcome(i int) Outcome {
	switch {
	case i < 0 || i >= int(v.n) || !v.judged.has(i):
		return OutcomeUnspecified
	case v.fail.has(i):
		return Fail
	case v.pass.has(i):
		return Pass
	}
	return NotApplicable
}

// Severity returns the severity the finding of the rule at position i
// carries: the failure's severity for a failing rule, Notice for a rule
// that passed or did not apply (as [Rule.Pass] and [Rule.NotApplicable]
// give), and SeverityUnspecified when i is out of range.
func (v Verdict) Severity(i int) Severity {
	switch {
	case i < 0 || i >= int(v.n) || !v.judged.has(i):
		return SeverityUnspecified
	case !v.fail.has(i):
		return Notice
	}
	s := Severity(0)
	if v.sevHi.has(i) {
		s |= 2
	}
	if v.sevLo.has(i) {
		s |= 1
	}
	return s
}

// OK reports whether no rule failed, as [Report.OK].
func (v Verdict) OK() bool { return v.fail.empty() }

// Worst returns the highest severity among the failing rules, or
// SeverityUnspecified when none failed, as [Report.Worst].
func (v Verdict) Worst() Severity { return v.worst }

// Provisional reports whether a period was counted on a provisional year
// of the calendar: the full report carries the notice of
// [RuleProvisionalCalendar] then, and the outcomes may change when the
// year's arrangements are published.
func (v Verdict) Provisional() bool { return v.provisional }

// Count returns the number of rules with outcome o.
func (v Verdict) Count(o Outcome) int {
	switch o {
	case Fail:
		return v.fail.count()
	case Pass:
		return v.pass.count()
	case NotApplicable:
		n := v.judged
		n[0] &^= v.fail[0] | v.pass[0]
		n[1] &^= v.fail[1] | v.pass[1]
		return n.count()
	}
	return 0
}

// Failures returns the positions of the failing rules, in order.
func (v Verdict) Failures() iter.Seq[int] {
	return func(yield func(int) bool) {
		for w, word := range v.fail {
			for word != 0 {
				i := w*64 + bits.TrailingZeros64(word)
				if !yield(i) {
					return
				}
				word &= word - 1
			}
		}
	}
}

// String lists the counts and the worst severity, e.g.
// "37 rules: 32 pass, 5 fail (worst violation), 0 not_applicable".
func (v Verdict) String() string {
	s := strconv.Itoa(int(v.n)) + " rules: " + strconv.Itoa(v.Count(Pass)) + " pass, " + strconv.Itoa(v.Count(Fail)) + " fail"
	if v.worst != SeverityUnspecified {
		s += " (worst " + v.worst.String() + ")"
	}
	s += ", " + strconv.Itoa(v.Count(NotApplicable)) + " not_applicable"
	if v.provisional {
		s += ", provisional calendar"
	}
	return s
}

// Judge records that the rule at position i had outcome o, with severity
// s for a failure (SeverityUnspecified is read as Violation); a rule
// judged more than once keeps the worst outcome, as the type describes.
// The verdict grows to cover position i. It reports an error, and changes
// nothing, for a position outside 0 … MaxVerdictRules-1 or an undefined
// outcome.
func (v *Verdict) Judge(i int, o Outcome, s Severity) error {
	switch {
	case i < 0 || i >= MaxVerdictRules:
		return fmt.Errorf("lawgov: verdict: rule position %d outside 0…%d", i, MaxVerdictRules-1)
	case !o.IsValid():
		return fmt.Errorf("lawgov: verdict: rule position %d: undefined outcome", i)
	case o == Fail && !s.IsValid():
		s = Violation
	}
	v.judge(i, o, s)
	return nil
}

// judge is Judge for a position and outcome known to be valid.
func (v *Verdict) judge(i int, o Outcome, s Severity) {
	if int32(i) >= v.n {
		v.n = int32(i) + 1
	}
	v.judged.set(i)
	switch o {
	case Pass:
		if !v.fail.has(i) {
			v.pass.set(i)
		}
	case Fail:
		v.pass.clear(i) // a failing rule is not also passing
		if s > v.worst {
			v.worst = s
		}
		if v.fail.has(i) && v.Severity(i) >= s {
			return
		}
		v.fail.set(i)
		v.sevHi.clear(i)
		v.sevLo.clear(i)
		if s&2 != 0 {
			v.sevHi.set(i)
		}
		if s&1 != 0 {
			v.sevLo.set(i)
		}
	}
}

// Merge returns the verdict of u and w together: each rule with the worse
// of its two outcomes. It is how the verdicts of several subjects checked
// against one rule set combine.
func (v Verdict) Merge(w Verdict) Verdict {
	if w.n > v.n {
		v.n = w.n
	}
	v.judged.union(w.judged)
	v.pass.union(w.pass)
	v.pass.minus(v.fail)
	v.provisional = v.provisional || w.provisional
	for i := range w.Failures() {
		v.judge(i, Fail, w.Severity(i))
	}
	return v
}

// VerdictOf folds report r into a verdict over the rules of order, by
// their position there: the verdict a check's verdict call returns for the
// run that produced r. A finding of the provisional-calendar notice sets
// [Verdict.Provisional]; a finding of a rule not in order is an error, as
// is an order longer than MaxVerdictRules.
func VerdictOf(r Report, order []RuleID) (Verdict, error) {
	var v Verdict
	if len(order) > MaxVerdictRules {
		return v, fmt.Errorf("lawgov: verdict: %d rules, more than %d", len(order), MaxVerdictRules)
	}
	v.n = int32(len(order))
	pos := make(map[RuleID]int, len(order))
	for i, id := range order {
		pos[id] = i
	}
	provisional := RuleProvisionalCalendar().ID
	for k, f := range r.Findings {
		if f.Rule == provisional {
			v.provisional = true
			continue
		}
		i, ok := pos[f.Rule]
		if !ok {
			return Verdict{}, fmt.Errorf("lawgov: verdict: finding %d: rule %q is not in the order", k, f.Rule)
		}
		if err := v.Judge(i, f.Outcome, f.Severity); err != nil {
			return Verdict{}, fmt.Errorf("lawgov: verdict: finding %d: %w", k, err)
		}
	}
	return v, nil
}
