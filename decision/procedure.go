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

	commentDays int          // 第十五条: 30 calendar days
	reviewDays  int          // 第二十六条第二款: 7 working days
	hearingDays int          // 第十六条: 7 calendar days
	majority    MajorityBase // 第三十条第二款: not defined by the text (R)
}

// step is one rule of a procedure with its check and its place in the
// five gates.
type step struct {
	rule  lawgov.Rule
	check checkFunc
	gate  Gate
	// requires lists the steps whose absence makes this rule fail on an
	// otherwise complete record; the property tests rely on it.
	requires []Step
	// blocks marks rules that must not fail before the draft goes to the
	// meeting (blocksDiscussion) or before the decision is published
	// (blocksPublication).
	blocksDiscussion, blocksPublication bool
}

// checkFunc applies one rule. It writes the message to c.m and returns the
// outcome; a failure takes the rule's severity unless it sets c.sev. It sets
// c.err when the check cannot run.
type checkFunc func(c *run) lawgov.Outcome

// run is the state of one Check call.
type run struct {
	dv   Decision  // the record checked, copied so the caller's stays on its stack
	pv   Procedure // the procedure applied
	d    *Decision
	p    *Procedure
	asOf lawgov.Date
	cal  *lawgov.Calendar
	m    msg
	sev  lawgov.Severity
	err  error
}

// runs recycles the state of Check calls, message buffer included, so that
// a check allocates only its findings and their messages.
var runs = sync.Pool{New: func() any { return new(run) }}

// maxPooledMsg is the largest message buffer kept for the next check; a
// record with unusually long texts does not pin its buffer in the pool.
const maxPooledMsg = 16 << 10

// Name returns the procedure's name, e.g. "重大行政决策程序暂行条例".
func (p Procedure) Name() string { return p.name }

// Basis returns the instrument that lays the procedure down.
func (p Procedure) Basis() lawgov.Citation { return p.basis }

// Effective returns the day the procedure takes effect.
func (p Procedure) Effective() lawgov.Date { return p.effective }

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

// Option changes a derived procedure. Options are built by ReviewDays,
// CommentDays, HearingNoticeDays, MajorityOf and AddRule.
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
	Check CheckFunc
	// BlocksDiscussion and BlocksPublication make a failure of the rule stop
	// CanSubmitForDiscussion and CanPublish.
	BlocksDiscussion, BlocksPublication bool
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
			rule: rule,
			gate: spec.Gate,
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
			blocksDiscussion:  spec.BlocksDiscussion,
			blocksPublication: spec.BlocksPublication,
		})
		return nil
	})
}

// Derive returns a new procedure named name, laid down by basis and
// effective from effective, made of p's rules and parameters changed by
// opts. p itself is never changed.
func (p Procedure) Derive(name string, basis lawgov.Citation, effective lawgov.Date, opts ...Option) (Procedure, error) {
	switch {
	case name == "":
		return Procedure{}, errors.New("decision: derive \"\": empty name")
	case !basis.IsValid():
		return Procedure{}, fmt.Errorf("decision: derive %q: basis is not a valid citation", name)
	case !effective.IsValid():
		return Procedure{}, fmt.Errorf("decision: derive %q: no effective date", name)
	case len(p.steps) == 0:
		return Procedure{}, fmt.Errorf("decision: derive %q: empty base procedure", name)
	}
	q := p
	q.name, q.basis, q.effective = name, basis, effective
	q.steps = slices.Clone(p.steps)
	for _, o := range opts {
		if o == nil {
			return Procedure{}, fmt.Errorf("decision: derive %q: nil option", name)
		}
		if err := o.apply(&q); err != nil {
			return Procedure{}, err
		}
	}
	return q, nil
}

// With returns p changed by opts under p's own name, basis and effective
// date. p itself is never changed.
func (p Procedure) With(opts ...Option) (Procedure, error) {
	return p.Derive(p.name, p.basis, p.effective, opts...)
}

// Check applies every rule of p to d as of asOf, on calendar cal, and
// returns one finding per rule in p's order: pass, fail or not applicable,
// each stating the facts compared. A decision excluded by 第三条第二款 gets
// not-applicable findings throughout.
//
// An error means the check could not run: the zero Procedure, a nil
// calendar, a zero asOf, an invalid record (*lawgov.InvalidInputError), or a
// date the calendar has no data for (wrapping lawgov.ErrNoCalendarData).
// Non-compliance is never an error.
func (p Procedure) Check(d Decision, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	switch {
	case len(p.steps) == 0:
		return lawgov.Report{}, fmt.Errorf("decision: check %q: empty procedure", d.ID)
	case cal == nil:
		return lawgov.Report{}, fmt.Errorf("decision: check %q: nil calendar", d.ID)
	case asOf.IsZero():
		return lawgov.Report{}, fmt.Errorf("decision: check %q: zero as-of date", d.ID)
	}
	if err := d.Validate(); err != nil {
		return lawgov.Report{}, err
	}
	cal, use := cal.Observed() // notes a provisional year a count touches
	c := runs.Get().(*run)
	defer func() {
		keep := c.m.b[:0]
		*c = run{}
		if cap(keep) <= maxPooledMsg {
			c.m.b = keep
		}
		runs.Put(c)
	}()
	c.dv, c.pv = d, p
	c.d, c.p, c.asOf, c.cal = &c.dv, &c.pv, asOf, cal
	// The checks write their messages one after another into c.m; the
	// findings are made once the messages are one string.
	type result struct {
		end int // where the rule's message ends in c.m
		o   lawgov.Outcome
		sev lawgov.Severity // set by the check for a failure of another severity
	}
	var buf [48]result
	res := buf[:0]
	if len(p.steps) > len(buf) {
		res = make([]result, 0, len(p.steps))
	}
	excluded := d.Exclusion != ExclusionUnspecified
	for i := range p.steps {
		s := &p.steps[i]
		c.sev = lawgov.SeverityUnspecified
		var o lawgov.Outcome
		if excluded && s.rule.ID != RuleScope {
			c.m.s("决策事项属于").s(d.Exclusion.Label()).s("，依第三条第二款不适用本条例，未检查")
			o = lawgov.NotApplicable
		} else {
			o = s.check(c)
		}
		if c.err != nil {
			return lawgov.Report{}, fmt.Errorf("decision: check %q: rule %s: %w", d.ID, s.rule.ID, c.err)
		}
		res = append(res, result{end: c.m.len(), o: o, sev: c.sev})
	}
	all := string(c.m.b)
	findings := make([]lawgov.Finding, len(res))
	start := 0
	for i, x := range res {
		rule, m := &p.steps[i].rule, all[start:x.end]
		start = x.end
		switch {
		case x.o == lawgov.Pass:
			findings[i] = rule.Pass(d.ID, m)
		case x.o == lawgov.Fail && x.sev != lawgov.SeverityUnspecified:
			findings[i] = rule.FailWith(x.sev, d.ID, m)
		case x.o == lawgov.Fail:
			findings[i] = rule.Fail(d.ID, m)
		default:
			findings[i] = rule.NotApplicable(d.ID, m)
		}
	}
	return use.Note(lawgov.Report{Subject: d.ID, AsOf: asOf, Findings: findings}), nil
}
