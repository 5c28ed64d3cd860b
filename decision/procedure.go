package decision

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/fazhi-go/fazhi/lawgov"
)

// Procedure is a decision procedure as data: an ordered set of rules, each
// with its ID, Chinese title, citations and check, and the parameters the
// checks use (minimum comment period, review time, hearing notice, how a
// majority is counted). National returns the procedure of 国务院令第713号;
// a region derives its own with Derive or With, which return new values and
// never change the procedure they start from.
//
// A Procedure is immutable and safe for concurrent use. The zero Procedure
// has no rules; Check reports an error for it.
type Procedure struct {
	name      string
	basis     lawgov.Citation
	effective lawgov.Date
	steps     []step
	// prev is the procedure this one was derived from; it judges the
	// steps taken before effective.
	prev *Procedure

	commentDays int          // 第十五条: 30 calendar days
	reviewDays  int          // 第二十六条第二款: 7 working days
	hearingDays int          // 第十六条: 7 calendar days
	majority    MajorityBase // 第三十条第二款: not defined by the text (R)
	// publishWithin and archiveWithin give 「及时」 of 第三十二条 and 第三十三条
	// a period where a jurisdiction fixes one; zero: no period.
	publishWithin, archiveWithin lawgov.Period
}

// step is one rule of a procedure with its check and its place in the
// five gates.
type step struct {
	rule  lawgov.Rule
	check checkFunc
	gate  Gate
	// due is the stage by which the rule must be met; a missing step is
	// not a violation before it.
	due Stage
	// event returns the date of the step the rule looks at, zero when it
	// has not happened; the procedure in force on that date judges it.
	event func(d *Decision) lawgov.Date
	// requires lists the steps whose absence makes this rule fail on an
	// otherwise complete record; the property tests rely on it.
	requires []Step
	// prev is the index of the same rule in the procedure derived from,
	// or -1 when that procedure does not have it.
	prev int
}

// checkFunc applies one rule. It writes the message to c.m and returns the
// outcome; a failure takes the rule's severity unless it sets c.sev. A
// failure because a step is missing or unfinished sets c.pending, and is
// not a violation before the rule's stage. It sets c.err when the check
// cannot run.
type checkFunc func(c *run) lawgov.Outcome

// run is the state of one Check or Verdict call.
type run struct {
	dv      Decision  // the record checked, copied so the caller's stays on its stack
	pv      Procedure // the procedure applied
	d       *Decision
	p       *Procedure
	asOf    lawgov.Date
	cal     *lawgov.Calendar
	sev     lawgov.Severity
	pending bool
	err     error
	m       msg // the findings and their messages, or the verdict alone
}

// runs recycles the state of Check and Verdict calls, message space
// included, so that a verdict allocates nothing and a report only its
// findings and their messages.
var runs = sync.Pool{New: func() any { return new(run) }}

// Name returns the procedure's name, e.g. "重大行政决策程序暂行条例".
func (p Procedure) Name() string { return p.name }

// Basis returns the instrument that lays the procedure down.
func (p Procedure) Basis() lawgov.Citation { return p.basis }

// Effective returns the day the procedure takes effect. Steps taken before
// it are judged by the procedure it was derived from ([Procedure.At]).
func (p Procedure) Effective() lawgov.Date { return p.effective }

// Base returns the procedure p was derived from, and false for a procedure
// derived from none, such as National.
func (p Procedure) Base() (Procedure, bool) {
	if p.prev == nil {
		return Procedure{}, false
	}
	return *p.prev, true
}

// At returns the procedure in force on day on among p and the procedures
// it was derived from: p from its effective date, before that the one it
// was derived from, and so on. It returns false before the first of them
// took effect (for National, before 2019-09-01: 第四十四条). Together they
// are the procedure set of a jurisdiction; Check applies to each step the
// version in force on that step's date.
func (p Procedure) At(on lawgov.Date) (Procedure, bool) {
	for q := &p; q != nil; q = q.prev {
		if !on.Before(q.effective) {
			return *q, true
		}
	}
	return Procedure{}, false
}

// judge returns the procedure in force on day on and the index of rule i
// of p in it: nil and -1 before any took effect; q and -1 when the one in
// force does not have the rule.
func (p *Procedure) judge(i int, on lawgov.Date) (*Procedure, int) {
	q, j := p, i
	for on.Before(q.effective) {
		if q.prev == nil {
			return nil, -1
		}
		if j >= 0 {
			j = q.steps[j].prev
		}
		q = q.prev
	}
	return q, j
}

// Rules returns the procedure's rules in order. The slice is a copy; the
// citations inside it are shared and must not be modified.
func (p Procedure) Rules() []lawgov.Rule {
	out := make([]lawgov.Rule, len(p.steps))
	for i, s := range p.steps {
		out[i] = s.rule
	}
	return out
}

// CommentDays returns the minimum comment period in calendar days (第十五条).
func (p Procedure) CommentDays() int { return p.commentDays }

// ReviewDays returns the minimum legality review time in working days
// (第二十六条第二款).
func (p Procedure) ReviewDays() int { return p.reviewDays }

// HearingNoticeDays returns how many calendar days before a hearing its
// materials must be delivered (第十六条).
func (p Procedure) HearingNoticeDays() int { return p.hearingDays }

// Majority returns how a majority of the meeting members is counted.
func (p Procedure) Majority() MajorityBase { return p.majority }

// PublishWithin returns the period after the decision within which it is
// published, or the zero Period when the procedure only says 「及时」
// (第三十二条).
func (p Procedure) PublishWithin() lawgov.Period { return p.publishWithin }

// ArchiveWithin returns the period after the decision within which its
// records are archived, or the zero Period (「及时」 only, 第三十三条).
func (p Procedure) ArchiveWithin() lawgov.Period { return p.archiveWithin }

// Option changes a derived procedure. Options are built by ReviewDays,
// CommentDays, HearingNoticeDays, MajorityOf, PublishWithin, ArchiveWithin and AddRule.
type Option interface {
	apply(p *Procedure) error
}

type optionFunc func(p *Procedure) error

func (f optionFunc) apply(p *Procedure) error { return f(p) }

// cite appends basis to the citations of rule id, on a copy of the basis
// slice, so the procedure derived from is never changed.
func (p *Procedure) cite(id lawgov.RuleID, basis lawgov.Citation) {
	for i := range p.steps {
		if p.steps[i].rule.ID == id {
			p.steps[i].rule.Basis = append(slices.Clip(p.steps[i].rule.Basis), basis)
		}
	}
}

func dayOption(what string, n int, basis lawgov.Citation, set func(*Procedure), id lawgov.RuleID) Option {
	return optionFunc(func(p *Procedure) error {
		if n <= 0 {
			return fmt.Errorf("decision: option %s \"%d\": must be positive", what, n)
		}
		if !basis.IsValid() {
			return fmt.Errorf("decision: option %s %q: basis is not a valid citation", what, basis.String())
		}
		set(p)
		p.cite(id, basis)
		return nil
	})
}

// ReviewDays sets the minimum legality review time to n working days, as a
// region that requires more than the national 「一般不少于7个工作日」
// (第二十六条第二款) does; basis is the regional provision and is added to the
// rule's citations.
func ReviewDays(n int, basis lawgov.Citation) Option {
	return dayOption("review days", n, basis, func(p *Procedure) { p.reviewDays = n }, RuleReviewTime)
}

// CommentDays sets the minimum comment period to n calendar days (national:
// 「一般不少于30日」, 第十五条).
func CommentDays(n int, basis lawgov.Citation) Option {
	return dayOption("comment days", n, basis, func(p *Procedure) { p.commentDays = n }, RuleCommentPeriod)
}

// HearingNoticeDays sets how many calendar days before a hearing its
// materials must be delivered (national: 「7日前」, 第十六条).
func HearingNoticeDays(n int, basis lawgov.Citation) Option {
	return dayOption("hearing notice days", n, basis, func(p *Procedure) { p.hearingDays = n }, RuleHearing)
}

func periodOption(what string, n lawgov.Period, basis lawgov.Citation, set func(*Procedure), id lawgov.RuleID) Option {
	return optionFunc(func(p *Procedure) error {
		if !n.IsValid() {
			return fmt.Errorf("decision: option %s %q: not a valid period", what, n.String())
		}
		if !basis.IsValid() {
			return fmt.Errorf("decision: option %s %q: basis is not a valid citation", what, n.String())
		}
		set(p)
		p.cite(id, basis)
		return nil
	})
}

// PublishWithin fixes the period, from the day of the decision, within
// which it is published, for a jurisdiction that gives 「及时公布」
// (第三十二条) a number; basis is its provision. Without it an unpublished
// decision is a notice stating the days elapsed, not a violation.
func PublishWithin(period lawgov.Period, basis lawgov.Citation) Option {
	return periodOption("publish within", period, basis, func(p *Procedure) { p.publishWithin = period }, RulePublication)
}

// ArchiveWithin fixes the period, from the day of the decision, within
// which its records are archived (「及时完整归档」, 第三十三条).
func ArchiveWithin(period lawgov.Period, basis lawgov.Citation) Option {
	return periodOption("archive within", period, basis, func(p *Procedure) { p.archiveWithin = period }, RuleArchive)
}

// MajorityOf sets how the majority of 第三十条第二款 is counted. The regulation
// does not define 「多数人的意见」, so the choice is a parameter with its own
// basis.
func MajorityOf(base MajorityBase, basis lawgov.Citation) Option {
	return optionFunc(func(p *Procedure) error {
		if !base.IsValid() {
			return fmt.Errorf("decision: option majority %q: undefined base", base.String())
		}
		if !basis.IsValid() {
			return fmt.Errorf("decision: option majority %q: basis is not a valid citation", base.String())
		}
		p.majority = base
		p.cite(RuleMajorityReason, basis)
		return nil
	})
}

// CheckFunc is the check of a rule that a derived procedure adds. It returns
// the outcome and a Chinese message stating the facts compared, or an error
// when the check cannot run.
type CheckFunc func(d *Decision, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Outcome, string, error)

// RuleSpec is a rule that a derived procedure adds to the one it starts from.
//
// The zero RuleSpec is invalid: it needs a valid Rule and a Check.
type RuleSpec struct {
	Rule  lawgov.Rule
	After lawgov.RuleID // the rule it follows; "" appends it at the end
	Gate  Gate          // the gate it belongs to on the dashboard; unspecified for none
	// Due is the stage by which the rule must be met. A failure of a rule
	// due by StageDiscussion stops CanSubmitForDiscussion, one due by
	// StagePublication stops CanPublish. Defaults to StageDiscussion when
	// BlocksDiscussion is set, StagePublication when BlocksPublication is
	// set, and StageDecided otherwise.
	Due Stage
	// Event returns the date of the step the rule looks at, zero when it
	// has not happened; the procedure in force on that date judges it.
	// Defaults to the launch date.
	Event func(d *Decision) lawgov.Date
	Check CheckFunc
	// Deprecated: set Due to StageDiscussion.
	BlocksDiscussion bool
	// Deprecated: set Due to StagePublication.
	BlocksPublication bool
}

// AddRule adds a rule to a derived procedure, such as a regional step the
// national regulation does not have.
func AddRule(spec RuleSpec) Option {
	return optionFunc(func(p *Procedure) error {
		if err := spec.Rule.Validate(); err != nil {
			return fmt.Errorf("decision: option add rule %q: %w", spec.Rule.ID, err)
		}
		if spec.Check == nil {
			return fmt.Errorf("decision: option add rule %q: no check", spec.Rule.ID)
		}
		if spec.Gate != GateUnspecified && !spec.Gate.IsValid() {
			return fmt.Errorf("decision: option add rule %q: undefined gate", spec.Rule.ID)
		}
		due := spec.Due
		switch {
		case due != StageUnspecified && !due.IsValid():
			return fmt.Errorf("decision: option add rule %q: undefined stage", spec.Rule.ID)
		case due != StageUnspecified:
		case spec.BlocksDiscussion:
			due = StageDiscussion
		case spec.BlocksPublication:
			due = StagePublication
		default:
			due = StageDecided
		}
		event := spec.Event
		if event == nil {
			event = launched
		}
		at, found := len(p.steps), spec.After == ""
		for i, s := range p.steps {
			if s.rule.ID == spec.Rule.ID {
				return fmt.Errorf("decision: option add rule %q: duplicate rule ID", spec.Rule.ID)
			}
			if spec.After != "" && s.rule.ID == spec.After {
				at, found = i+1, true
			}
		}
		if !found {
			return fmt.Errorf("decision: option add rule %q: no rule %q to follow", spec.Rule.ID, spec.After)
		}
		rule := spec.Rule
		rule.Basis = slices.Clone(rule.Basis)
		check := spec.Check
		p.steps = slices.Insert(p.steps, at, step{
			rule:  rule,
			gate:  spec.Gate,
			due:   due,
			event: event,
			prev:  -1,
			check: func(c *run) lawgov.Outcome {
				o, m, err := check(c.d, c.asOf, c.cal)
				if err != nil {
					c.err = err
					return lawgov.OutcomeUnspecified
				}
				if !o.IsValid() {
					c.err = fmt.Errorf("decision: check %q: rule returned an undefined outcome", rule.ID)
					return lawgov.OutcomeUnspecified
				}
				c.m.s(m)
				return o
			},
		})
		return nil
	})
}

// Derive returns a new procedure named name, laid down by basis and
// effective from effective, made of p's rules and parameters changed by
// opts. p itself is never changed, and it keeps judging the steps taken
// before effective, which may not precede p's own effective date.
//
// A jurisdiction whose rules change over time derives one procedure per
// date on which a value changes, in date order, each with the values in
// force from that date and their citations; a rule pack with effective
// ranges feeds it that way (a value that ends on a date is a derivation
// from the day after, back to the value inherited).
func (p Procedure) Derive(name string, basis lawgov.Citation, effective lawgov.Date, opts ...Option) (Procedure, error) {
	switch {
	case !effective.IsValid():
		return Procedure{}, fmt.Errorf("decision: derive %q: no effective date", name)
	case len(p.steps) > 0 && effective.Before(p.effective):
		return Procedure{}, fmt.Errorf("decision: derive %q: effective %s precedes %s of %q, the procedure it derives from",
			name, effective, p.effective, p.name)
	}
	base := p
	return p.derive(name, basis, effective, &base, opts)
}

// With returns p changed by opts under p's own name, basis and effective
// date, derived from the same procedure as p. p itself is never changed.
func (p Procedure) With(opts ...Option) (Procedure, error) {
	return p.derive(p.name, p.basis, p.effective, p.prev, opts)
}

func (p Procedure) derive(name string, basis lawgov.Citation, effective lawgov.Date, prev *Procedure, opts []Option) (Procedure, error) {
	switch {
	case name == "":
		return Procedure{}, errors.New("decision: derive \"\": empty name")
	case !basis.IsValid():
		return Procedure{}, fmt.Errorf("decision: derive %q: basis is not a valid citation", name)
	case len(p.steps) == 0:
		return Procedure{}, fmt.Errorf("decision: derive %q: empty base procedure", name)
	}
	q := p
	q.name, q.basis, q.effective, q.prev = name, basis, effective, prev
	q.steps = slices.Clone(p.steps)
	for _, o := range opts {
		if o == nil {
			return Procedure{}, fmt.Errorf("decision: derive %q: nil option", name)
		}
		if err := o.apply(&q); err != nil {
			return Procedure{}, err
		}
	}
	for i := range q.steps {
		q.steps[i].prev = -1
		if prev == nil {
			continue
		}
		for j := range prev.steps {
			if prev.steps[j].rule.ID == q.steps[i].rule.ID {
				q.steps[i].prev = j
				break
			}
		}
	}
	return q, nil
}

// Check applies every rule of p to d as of asOf, on calendar cal, and
// returns one finding per rule in p's order: pass, fail or not applicable,
// each stating the facts compared. A decision excluded by 第三条第二款 gets
// not-applicable findings throughout.
//
// Each rule is judged by the procedure in force on the date of the step it
// looks at ([Procedure.At]); the finding's Source names it, and its Basis
// is that procedure's. A step taken before the first procedure took effect
// is not judged (not applicable). A step that is missing or unfinished is
// not a violation before its [Stage]: the finding is not applicable and
// says when the step falls due.
//
// An error means the check could not run: the zero Procedure, a nil
// calendar, a zero asOf, an invalid record (*lawgov.InvalidInputError), or a
// date the calendar has no data for (wrapping lawgov.ErrNoCalendarData).
// Non-compliance is never an error.
func (p Procedure) Check(d Decision, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	var r lawgov.Report
	err := p.run(&d, asOf, cal, false, &r, nil)
	return r, err
}

// CheckInto is Check writing into r, whose findings' memory it reuses
// when it is large enough: a caller checking many decisions one after
// another keeps one report and allocates only the messages of each. The
// report's previous findings are overwritten; on error r is left empty.
func (p Procedure) CheckInto(r *lawgov.Report, d Decision, asOf lawgov.Date, cal *lawgov.Calendar) error {
	if r == nil {
		return fmt.Errorf("decision: check %q: nil report", d.ID)
	}
	if err := p.run(&d, asOf, cal, false, r, nil); err != nil {
		*r = lawgov.Report{Findings: r.Findings[:0]}
		return err
	}
	return nil
}

// Verdict is Check without the messages: the outcome of every rule, by
// its position in [Procedure.Rules], and the severity of each failure,
// exactly as the findings of Check would give them. It allocates nothing
// (but for a calendar with provisional years, see
// [lawgov.Verdict.Provisional]); a host that only needs to know which
// rules fail calls it, and Check when it shows the report.
func (p Procedure) Verdict(d Decision, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Verdict, error) {
	var v lawgov.Verdict
	err := p.run(&d, asOf, cal, false, nil, &v)
	return v, err
}

// run is Check (into r) or Verdict (into v); with raw set, a missing step
// fails whatever the stage, as the answers to "may the draft go forward
// now" need. d is the caller's copy.
func (p *Procedure) run(d *Decision, asOf lawgov.Date, cal *lawgov.Calendar, raw bool, r *lawgov.Report, v *lawgov.Verdict) error {
	switch {
	case len(p.steps) == 0:
		return fmt.Errorf("decision: check %q: empty procedure", d.ID)
	case cal == nil:
		return fmt.Errorf("decision: check %q: nil calendar", d.ID)
	case asOf.IsZero():
		return fmt.Errorf("decision: check %q: zero as-of date", d.ID)
	}
	if err := d.Validate(); err != nil {
		return err
	}
	cal, use := cal.Observed() // notes a provisional year a count touches
	c := runs.Get().(*run)
	defer func() {
		c.dv, c.pv, c.d, c.p, c.cal, c.err = Decision{}, Procedure{}, nil, nil, nil, nil
		runs.Put(c)
	}()
	c.dv, c.pv = *d, *p
	c.d, c.asOf, c.cal = &c.dv, asOf, cal
	rec, head := c.d, &c.pv
	b := c.m.b()
	b.Reset(len(head.steps), r == nil)
	if err := b.Err(); err != nil {
		return fmt.Errorf("decision: check %q: %w", rec.ID, err)
	}
	excluded := rec.Exclusion != ExclusionUnspecified
	for i := range head.steps {
		s := &head.steps[i]
		c.sev, c.pending = lawgov.SeverityUnspecified, false
		when := s.event(rec)
		if when.IsZero() {
			when = rec.milestone(s.due)
		}
		if when.IsZero() {
			when = asOf
		}
		q, j := head.judge(i, when)
		rule, source := &s.rule, "" // no procedure was in force on the step's date
		if q != nil {
			source = q.name
			if j >= 0 {
				rule = &q.steps[j].rule
			}
		}
		b.Begin(i, rule, rec.ID).Source(source)
		var o lawgov.Outcome
		switch {
		case excluded && s.rule.ID != RuleScope:
			c.m.s("决策事项属于").s(rec.Exclusion.Label()).s("，依第三条第二款不适用本条例，未检查")
			o = lawgov.NotApplicable
		case q == nil:
			first := head
			for first.prev != nil {
				first = first.prev
			}
			c.m.s("本环节日期 ").d(when).s(" 早于《").s(first.name).s("》施行日 ").d(first.effective).s("，不适用")
			o = lawgov.NotApplicable
		case j < 0:
			intro, k := head, i
			for intro.prev != nil && intro.steps[k].prev >= 0 {
				intro, k = intro.prev, intro.steps[k].prev
			}
			c.m.s("本项要求由《").s(intro.name).s("》规定，自 ").d(intro.effective).s(" 起施行；本环节日期 ").d(when).
				s("，依当时施行的《").s(q.name).s("》无此要求")
			o = lawgov.NotApplicable
		default:
			c.p = q
			o = q.steps[j].check(c)
			if o == lawgov.Fail && c.pending && !raw && !rec.Reached(s.due, asOf) {
				c.m.s("；本项应当于").s(s.due.Label()).s("履行，截至 ").d(asOf).s(" 尚未到期")
				o = lawgov.NotApplicable
			}
		}
		if c.err != nil {
			return fmt.Errorf("decision: check %q: rule %s: %w", rec.ID, s.rule.ID, c.err)
		}
		b.Judge(o, c.sev)
	}
	if err := b.Err(); err != nil {
		return fmt.Errorf("decision: check %q: %w", rec.ID, err)
	}
	if v != nil {
		b.NoteProvisional(use)
		*v = b.Verdict()
		return nil
	}
	*r = use.Note(lawgov.Report{Subject: rec.ID, AsOf: asOf, Findings: b.Findings(r.Findings)})
	return nil
}
