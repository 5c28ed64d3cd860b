package enforcement

import (
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
)

// msg is the message writer of a check run: the run's
// lawgov.ReportBuilder under short method names, so that the rules read
// as the sentences they write. A run made for a verdict writes nothing,
// and the pieces that take work to render (citations, amounts, instants)
// are not rendered then.
type msg struct {
	rb lawgov.ReportBuilder
	// rules are the action rules of the run's rule set. They are here
	// rather than in check, whose action would otherwise leave the
	// caller's stack: the findings keep pointers to the rules.
	rules *actionRules
}

// b returns m's builder.
func (m *msg) b() *lawgov.ReportBuilder { return &m.rb }

// release returns m to the pool.
func (m *msg) release() {
	m.rules = nil
	messages.Put(m)
}

func (m *msg) s(x string) *msg { m.b().Text(x); return m }

func (m *msg) n(x int) *msg { m.b().Int(x); return m }

// d appends a date as 2006-01-02, and nothing for the zero Date.
func (m *msg) d(x lawgov.Date) *msg { m.b().Date(x); return m }

// p appends a period as lawgov.Period.String does: 「90日」, 「7个工作日」.
func (m *msg) p(x lawgov.Period) *msg { m.b().Period(x); return m }

// cite appends a citation, e.g. 「《中华人民共和国道路交通安全法》第八十条」.
func (m *msg) cite(x lawgov.Citation) *msg {
	if !m.b().VerdictOnly() {
		m.b().Text(x.String())
	}
	return m
}

// yuan appends an amount with two decimals, e.g. 「200.00」.
func (m *msg) yuan(x decimal.Decimal) *msg {
	if !m.b().VerdictOnly() {
		m.b().Text(x.StringFixed(2))
	}
	return m
}

// at appends an instant in Beijing time, e.g. 「2024-09-20 09:30」.
func (m *msg) at(t time.Time) *msg {
	if !m.b().VerdictOnly() {
		m.b().Text(t.In(beijing).Format("2006-01-02 15:04"))
	}
	return m
}

// judge sets the outcome of the finding being written, a failure with
// its rule's severity.
func (m *msg) judge(o lawgov.Outcome) { m.b().Judge(o, lawgov.SeverityUnspecified) }

// deadline ends the message of an act due by due and done on done (zero
// if not yet done) as of asOf, and returns its outcome: it fails if done
// late, or not done and asOf is past due; it passes if done in time;
// otherwise it is not yet applicable. The message ends 「，实际<did>
// <done>」, 「，至 <asOf> 仍未<pending>」 or 「，尚未<pending>」.
func (m *msg) deadline(done, due, asOf lawgov.Date, did, pending string) lawgov.Outcome {
	switch {
	case !done.IsZero() && done.After(due):
		m.s("，实际").s(did).s(" ").d(done)
		return lawgov.Fail
	case !done.IsZero():
		m.s("，实际").s(did).s(" ").d(done)
		return lawgov.Pass
	case asOf.After(due):
		m.s("，至 ").d(asOf).s(" 仍未").s(pending)
		return lawgov.Fail
	default:
		m.s("，尚未").s(pending)
		return lawgov.NotApplicable
	}
}
