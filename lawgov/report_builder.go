package lawgov

import (
	"fmt"
	"strconv"
)

// builderText is the message space a ReportBuilder holds inline; a run
// that writes more moves on to a heap buffer.
const builderText = 8 << 10

// builderFindings is the number of findings a ReportBuilder holds inline.
const builderFindings = 64

// maxBuilderText bounds the message text of one run, so that a crafted
// record with huge texts cannot make a check allocate without limit.
const maxBuilderText = 64 << 20

// ReportBuilder assembles the findings of one check run, for the checks of
// every package of this module and for hosts that write checks of their
// own. A run begins a finding for each rule it applies (Begin, or the
// shorthands Pass, Fail, FailWith and NotApplicable), writes the finding's
// message after it (Text, Int, Date, Period), and judges it; Findings then
// makes the findings, all messages in one string, and Verdict returns the
// outcomes alone.
//
// A builder made with Reset(n, true) keeps only the verdict: it writes no
// text and records no finding, so a check run twice, once for its verdict
// and once for its report, takes the same decisions both times. The text
// and the findings live in arrays inside the builder, so writing a message
// is a copy into memory the builder owns, with no allocation and no
// pointer written per piece of text; a builder is meant to be kept and
// reused (in a sync.Pool, or one per goroutine).
//
// A ReportBuilder is Reset before each run; the zero ReportBuilder is
// ready for nothing else. It must not be copied after first use.
type ReportBuilder struct {
	quiet bool
	err   error
	v     Verdict
	// cur is the position of the rule of the finding being written; -1
	// before the first. curSeverity is that rule's severity.
	cur         int
	curSeverity Severity
	// The findings are the first nfs of fsBuf and then fsMore; the
	// subjects and sources they name are in strs, each once in a row, so
	// that a finding holds one pointer, its rule's.
	nfs     int
	fsMore  []pending
	strs    []string
	strsBuf [4]string
	// text holds the messages one after another: the first n bytes of
	// textBuf, or all of heap when they no longer fit.
	n       int
	heap    []byte
	fsBuf   [builderFindings]pending
	textBuf [builderText]byte
	// dates keeps the text of recently written dates by day number: a
	// report names the same few dates again and again.
	dates [16]dateText
}

// dateText is a date written as 2006-01-02.
type dateText struct {
	n int32
	s [10]byte
}

// pending is a finding whose message is text[start:end] of its builder;
// subject and source index the builder's strs, -1 for "".
type pending struct {
	rule            *Rule
	start, end      int32
	subject, source int32
	pos             int16
	outcome         Outcome
	severity        Severity
}

// finding returns the i-th finding of the run.
func (b *ReportBuilder) finding(i int) *pending {
	if i < builderFindings {
		return &b.fsBuf[i]
	}
	return &b.fsMore[i-builderFindings]
}

// intern returns the index of s in b.strs, adding it unless it is the
// last or the one before: a run's findings name few subjects and sources.
func (b *ReportBuilder) intern(s string) int32 {
	if s == "" {
		return -1
	}
	n := len(b.strs)
	for k := n - 1; k >= 0 && k >= n-2; k-- {
		if b.strs[k] == s {
			return int32(k)
		}
	}
	b.strs = append(b.strs, s)
	return int32(n)
}

// Reset prepares b for a run over a rule set of rules rules, the verdict's
// length; verdictOnly keeps the outcomes without messages or findings. It
// keeps the memory b has grown, up to a bound.
func (b *ReportBuilder) Reset(rules int, verdictOnly bool) {
	heap := b.heap[:0]
	if cap(heap) > 1<<20 {
		heap = nil
	}
	more := b.fsMore[:0]
	if cap(more) > 4*builderFindings {
		more = nil
	}
	strs := b.strs[:0]
	if cap(strs) > 4*builderFindings || cap(strs) == 0 {
		strs = b.strsBuf[:0]
	}
	clear(b.strs) // drop the previous run's texts
	b.quiet, b.err, b.v, b.cur, b.curSeverity, b.n, b.heap = verdictOnly, nil, Verdict{}, -1, SeverityUnspecified, 0, heap
	b.nfs, b.fsMore, b.strs = 0, more, strs
	switch {
	case rules < 0 || rules > MaxVerdictRules:
		b.err = fmt.Errorf("lawgov: report: %d rules, more than a verdict holds (%d)", rules, MaxVerdictRules)
	default:
		b.v.n = int32(rules)
	}
}

// VerdictOnly reports whether b keeps only the verdict, so that a check
// may skip work whose only purpose is a message.
func (b *ReportBuilder) VerdictOnly() bool { return b.quiet }

// Begin starts a finding about subject of rule r, the rule at position pos
// of the rule set, with no outcome yet: the text written next is its
// message, and Judge gives its outcome. r must stay unchanged until the
// findings are made.
func (b *ReportBuilder) Begin(pos int, r *Rule, subject string) *ReportBuilder {
	if b.quiet && uint(pos) < uint(b.v.n) {
		b.cur, b.curSeverity = pos, r.Severity
		return b
	}
	return b.begin(pos, r, subject)
}

func (b *ReportBuilder) begin(pos int, r *Rule, subject string) *ReportBuilder {
	if uint(pos) >= uint(b.v.n) {
		if b.err == nil {
			b.err = fmt.Errorf("lawgov: report: rule %q at position %d, outside the %d rules of the run", r.ID, pos, b.v.n)
		}
		pos = 0
		if b.v.n == 0 {
			b.v.n = 1
		}
	}
	b.cur, b.curSeverity = pos, r.Severity
	if b.quiet {
		return b
	}
	if b.nfs > 0 {
		b.finding(b.nfs - 1).end = int32(b.n)
	}
	p := pending{rule: r, subject: b.intern(subject), source: -1, start: int32(b.n), end: int32(b.n), pos: int16(pos)}
	if b.nfs < builderFindings {
		b.fsBuf[b.nfs] = p
	} else {
		b.fsMore = append(b.fsMore, p)
	}
	b.nfs++
	return b
}

// Judge sets the outcome of the current finding: o, with severity s for a
// failure (SeverityUnspecified: the rule's own). An undefined outcome, or
// no current finding, is an error of the run.
func (b *ReportBuilder) Judge(o Outcome, s Severity) *ReportBuilder {
	if b.quiet && o == Pass && b.cur >= 0 {
		b.v.judgePass(b.cur)
		return b
	}
	return b.judge(o, s)
}

func (b *ReportBuilder) judge(o Outcome, s Severity) *ReportBuilder {
	switch {
	case b.cur < 0:
		if b.err == nil {
			b.err = fmt.Errorf("lawgov: report: outcome %s judged before any finding began", o)
		}
		return b
	case !o.IsValid():
		if b.err == nil {
			b.err = fmt.Errorf("lawgov: report: finding at position %d: undefined outcome", b.cur)
		}
		return b
	}
	switch {
	case o != Fail:
		s = Notice
	case s == SeverityUnspecified:
		s = b.curSeverity
	}
	b.v.judge(b.cur, o, s)
	if !b.quiet {
		f := b.finding(b.nfs - 1)
		f.outcome, f.severity = o, s
	}
	return b
}

// Pass begins a passing finding of r about subject.
func (b *ReportBuilder) Pass(pos int, r *Rule, subject string) *ReportBuilder {
	return b.Begin(pos, r, subject).Judge(Pass, Notice)
}

// Fail begins a failing finding of r about subject, with r's severity.
func (b *ReportBuilder) Fail(pos int, r *Rule, subject string) *ReportBuilder {
	return b.Begin(pos, r, subject).judgeFail(r.Severity)
}

// FailWith begins a failing finding of r with severity s instead of r's
// own.
func (b *ReportBuilder) FailWith(pos int, r *Rule, s Severity, subject string) *ReportBuilder {
	return b.Begin(pos, r, subject).judgeFail(s)
}

func (b *ReportBuilder) judgeFail(s Severity) *ReportBuilder {
	if !s.IsValid() {
		s = Violation
	}
	return b.Judge(Fail, s)
}

// NotApplicable begins a finding of r saying that it does not apply to
// subject; the message says why.
func (b *ReportBuilder) NotApplicable(pos int, r *Rule, subject string) *ReportBuilder {
	return b.Begin(pos, r, subject).Judge(NotApplicable, Notice)
}

// Source names the rule set that judged the current finding
// ([Finding.Source]).
func (b *ReportBuilder) Source(name string) *ReportBuilder {
	if !b.quiet && b.cur >= 0 {
		b.source(name)
	}
	return b
}

func (b *ReportBuilder) source(name string) {
	b.finding(b.nfs - 1).source = b.intern(name)
}

// Text appends s to the current message.
func (b *ReportBuilder) Text(s string) *ReportBuilder {
	if !b.quiet {
		b.text(s)
	}
	return b
}

func (b *ReportBuilder) text(s string) {
	if b.heap == nil && len(s) <= builderText-b.n {
		b.n += copy(b.textBuf[b.n:], s)
		return
	}
	b.grow(s)
}

// bytes is text for a rendered number or date.
func (b *ReportBuilder) bytes(p []byte) {
	if b.heap == nil && len(p) <= builderText-b.n {
		b.n += copy(b.textBuf[b.n:], p)
		return
	}
	b.grow(string(p))
}

// grow appends s on the heap buffer, moving the text there first.
func (b *ReportBuilder) grow(s string) {
	if b.n+len(s) > maxBuilderText {
		if b.err == nil {
			b.err = fmt.Errorf("lawgov: report: messages longer than %d bytes", maxBuilderText)
		}
		return
	}
	if b.heap == nil {
		b.heap = make([]byte, 0, 2*builderText+len(s))
	}
	if len(b.heap) < b.n {
		b.heap = append(b.heap, b.textBuf[len(b.heap):b.n]...)
	}
	b.heap = append(b.heap, s...)
	b.n = len(b.heap)
}

// Int appends n in decimal.
func (b *ReportBuilder) Int(n int) *ReportBuilder {
	if !b.quiet {
		b.int(n)
	}
	return b
}

func (b *ReportBuilder) int(n int) {
	if uint(n) < 100 && b.heap == nil && b.n+2 <= builderText {
		if n >= 10 {
			b.textBuf[b.n] = byte('0' + n/10)
			b.n++
		}
		b.textBuf[b.n] = byte('0' + n%10)
		b.n++
		return
	}
	var d [20]byte
	b.bytes(strconv.AppendInt(d[:0], int64(n), 10))
}

// Date appends d as 2006-01-02, and nothing for the zero Date.
func (b *ReportBuilder) Date(d Date) *ReportBuilder {
	if !b.quiet && d.n != 0 {
		b.date(d)
	}
	return b
}

func (b *ReportBuilder) date(d Date) {
	e := &b.dates[d.n&15]
	if e.n != d.n {
		e.n = d.n
		d.appendTo(e.s[:0])
	}
	if b.heap == nil && b.n+len(e.s) <= builderText {
		*(*[10]byte)(b.textBuf[b.n:]) = e.s
		b.n += len(e.s)
		return
	}
	b.grow(string(e.s[:]))
}

// Period appends p as [Period.String] does: 「30日」, 「5个工作日」.
func (b *ReportBuilder) Period(p Period) *ReportBuilder {
	if !b.quiet {
		b.period(p)
	}
	return b
}

func (b *ReportBuilder) period(p Period) {
	b.int(p.N)
	if !p.Unit.IsValid() {
		b.text("?")
		return
	}
	b.text(p.Unit.Label())
}

// Len returns the length in bytes of the text written so far, for checks
// that write separators between list items.
func (b *ReportBuilder) Len() int { return b.n }

// Err returns the first error of the run: a rule position or outcome the
// builder could not record, or messages past the length bound.
func (b *ReportBuilder) Err() error { return b.err }

// Verdict returns the outcomes of the rules judged so far.
func (b *ReportBuilder) Verdict() Verdict { return b.v }

// NoteProvisional records on the verdict that a provisional calendar year
// was counted on (see [Calendar.Observed]); u may be nil.
func (b *ReportBuilder) NoteProvisional(u *ProvisionalUse) {
	if u != nil && u.seen.Load() != 0 {
		b.v.provisional = true
	}
}

// Findings returns the findings of the run appended to dst[:0], reusing
// its memory when it is large enough: the messages are one new string,
// each finding's message a part of it. It returns nil for a builder that
// keeps only the verdict.
func (b *ReportBuilder) Findings(dst []Finding) []Finding {
	if b.quiet {
		return nil
	}
	if b.nfs > 0 {
		b.finding(b.nfs - 1).end = int32(b.n)
	}
	var all string
	if b.heap != nil {
		all = string(b.heap[:b.n])
	} else {
		all = string(b.textBuf[:b.n])
	}
	if cap(dst) < b.nfs {
		dst = make([]Finding, b.nfs)
	} else {
		dst = dst[:b.nfs]
	}
	str := func(k int32) string {
		if k < 0 {
			return ""
		}
		return b.strs[k]
	}
	for i := range dst {
		p := b.finding(i)
		dst[i] = Finding{Rule: p.rule.ID, Title: p.rule.Title, Outcome: p.outcome, Severity: p.severity,
			Subject: str(p.subject), Message: all[p.start:p.end], Basis: p.rule.Basis, Source: str(p.source)}
	}
	return dst
}
