package casework

// This file implements the time limits of 中华人民共和国行政复议法 (revised
// 2023-09-01): 第二十条、第二十一条 (application), 第三十条、第三十一条
// (acceptance and correction), 第四十八条、第五十四条 (copy and reply),
// 第六十二条 with 第三十九条 (decision), 第四十一条第（五）项 (termination
// after suspension) and 第七十六条 (opinion letters).

import (
	"errors"
	"fmt"
	"slices"

	"github.com/fazhi-go/fazhi/lawgov"
)

// The positions of the rules of the reconsideration check, in the order of
// [ReconsiderationRuleIDs]: the order of the catalogue.
const (
	rcApplicationWindow = iota
	rcApplicationCap
	rcCorrectionNotice
	rcCorrectionPeriod
	rcAcceptanceReview
	rcCopyToRespondent
	rcRespondentReply
	rcDecisionPeriod
	rcSuspensionTermination
	rcOpinionReport
	rcRules // the number of rules
)

// rcSteps are the rules of the reconsideration check, by position.
var rcSteps = [rcRules]func(*rcCheck) error{
	(*rcCheck).applicationWindow, (*rcCheck).applicationCap, (*rcCheck).correctionNotice, (*rcCheck).correctionPeriod,
	(*rcCheck).acceptanceReview, (*rcCheck).copyToRespondent, (*rcCheck).respondentReply, (*rcCheck).decisionPeriod,
	(*rcCheck).suspensionTermination, (*rcCheck).opinionReport,
}

// CheckReconsideration applies the reconsideration time limits to c as of
// asOf, counting working days with cal, and returns one finding per rule
// in catalogue order: application window (第二十条), the caps of 第二十一条,
// the correction notice and period (第三十一条), the acceptance review
// (第三十条), the copy to the respondent and its reply (第四十八条), the
// decision period (第六十二条), termination after a sixty-day suspension
// (第四十一条第（五）项) and the opinion letter (第七十六条). A rule whose
// dates the record does not carry is not applicable, and says so.
//
// It returns an error when c is invalid or the calendar has no data for a
// date it needs.
func (l Limits) CheckReconsideration(c Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	var r lawgov.Report
	err := l.reconsideration(&c, asOf, cal, &r, nil)
	return r, err
}

// CheckReconsiderationInto is CheckReconsideration writing into r, whose
// findings' memory it reuses when it is large enough: a host checking many
// cases one after another keeps one report and allocates only the messages
// of each. The report's previous findings are overwritten; on error r is
// left empty.
func (l Limits) CheckReconsiderationInto(r *lawgov.Report, c Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar) error {
	if r == nil {
		return fmt.Errorf("casework: check reconsideration %q: nil report", c.ID)
	}
	if err := l.reconsideration(&c, asOf, cal, r, nil); err != nil {
		*r = lawgov.Report{Findings: r.Findings[:0]}
		return err
	}
	return nil
}

// ReconsiderationVerdict is CheckReconsideration without the messages: the
// outcome of every rule, by its position in [ReconsiderationRuleIDs], and
// the severity of each failure, exactly as the findings of
// CheckReconsideration give them, and the same errors. It allocates
// nothing (but for a calendar with provisional years, see
// [lawgov.Verdict.Provisional]).
func (l Limits) ReconsiderationVerdict(c Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Verdict, error) {
	var v lawgov.Verdict
	err := l.reconsideration(&c, asOf, cal, nil, &v)
	return v, err
}

// reconsideration is CheckReconsideration (into r) or
// ReconsiderationVerdict (into v). c is the caller's copy.
func (l Limits) reconsideration(c *Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar, r *lawgov.Report, v *lawgov.Verdict) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if cal == nil {
		return fmt.Errorf("casework: check reconsideration %q: nil calendar", c.ID)
	}
	copyDays, replyDays, err := l.simplifiedDays()
	if err != nil {
		return err
	}
	cal, use := cal.Observed() // notes a provisional year the periods touch
	run := getLimitsRun()
	defer run.release()
	k := &run.rc
	*k = rcCheck{c: *c, asOf: asOf, cal: cal, limits: l, b: &run.b, copyDays: copyDays, replyDays: replyDays}
	k.rules = run.prepare(0, rcRules, r == nil)
	for _, step := range rcSteps {
		if err := step(k); err != nil {
			return fmt.Errorf("casework: check reconsideration %q: %w", c.ID, err)
		}
	}
	return run.finish(r, v, use, c.ID, asOf, "reconsideration")
}

// rcCheck carries one reconsideration check run; the acceptance review
// leaves the day acceptance took effect for the later rules.
type rcCheck struct {
	c      Reconsideration
	asOf   lawgov.Date
	cal    *lawgov.Calendar
	limits Limits
	rules  []lawgov.Rule // by position
	b      *lawgov.ReportBuilder

	copyDays, replyDays int // 第五十四条 under the simplified procedure

	accepted, deemed bool        // acceptance decided or deemed (第三十条第三款)
	acceptedOn       lawgov.Date // the day it took effect
}

// begin starts the finding of the rule at position pos.
func (k *rcCheck) begin(pos int) *lawgov.ReportBuilder {
	return k.b.Begin(pos, &k.rules[pos], k.c.ID)
}

// periodEnd returns the end of p from start. When the calendar lacks data
// for the end's year but the raw end (before any roll-forward) is already
// on or after against, the comparison is decided without it: the raw end
// is returned with approx set, and the message says the end may roll
// forward.
func periodEnd(cal *lawgov.Calendar, start lawgov.Date, p lawgov.Period, against lawgov.Date) (end lawgov.Date, approx bool, err error) {
	if p.IsValid() && p.Unit != lawgov.UnitWorkingDays && !against.IsZero() {
		// A raw end in a year the calendar cannot count is the end
		// PeriodEnd would fail to reach: decided here, without the error.
		if raw := rawEnd(start, p); !raw.IsZero() && !raw.Before(against) && !cal.Covers(raw) && !cal.IsProvisional(raw) {
			return raw, true, nil
		}
	}
	end, _, err = cal.PeriodEnd(start, p)
	if err == nil || !errors.Is(err, lawgov.ErrNoCalendarData) || against.IsZero() {
		return end, false, err
	}
	raw := rawEnd(start, p)
	if raw.IsZero() || raw.Before(against) {
		return lawgov.Date{}, false, err
	}
	return raw, true, nil
}

// rawEnd returns the end of p from start before any roll-forward, or the
// zero Date for a count of working days.
func rawEnd(start lawgov.Date, p lawgov.Period) lawgov.Date {
	switch p.Unit {
	case lawgov.UnitCalendarDays:
		return start.AddDays(p.N)
	case lawgov.UnitMonths:
		return start.AddMonths(p.N)
	case lawgov.UnitYears:
		return start.AddYears(p.N)
	}
	return lawgov.Date{}
}

// endText writes the end of a period, saying that an end periodEnd
// decided without the calendar may roll forward.
func endText(b *lawgov.ReportBuilder, end lawgov.Date, approx bool) *lawgov.ReportBuilder {
	b.Date(end)
	if approx {
		b.Text("（如遇休假日顺延）")
	}
	return b
}

// byFrom returns xs in the order of their first days: xs itself when it is
// in that order already, as records usually are, else a sorted copy.
func byFrom[T any](xs []T, from func(T) lawgov.Date) []T {
	cmp := func(a, b T) int { return from(a).Compare(from(b)) }
	if slices.IsSortedFunc(xs, cmp) {
		return xs
	}
	xs = slices.Clone(xs)
	slices.SortFunc(xs, cmp)
	return xs
}

func intervalFrom(iv Interval) lawgov.Date    { return iv.From }
func suspensionFrom(s Suspension) lawgov.Date { return s.From }

// windowEnd returns the end of the application period p from start and
// the days obstacles added to it. 「因不可抗力或者其他正当理由耽误法定申请期限
// 的，申请期限自障碍消除之日起继续计算」 (第二十条第二款): only an obstacle
// that arises while the period is still running holds it, and only its
// days after start count, each day once however the obstacles overlap.
func (k *rcCheck) windowEnd(start lawgov.Date, p lawgov.Period) (end lawgov.Date, lost int, err error) {
	obs := byFrom(k.c.Obstacles, intervalFrom)
	if end, _, err = k.cal.PeriodEnd(start, p); err != nil {
		return lawgov.Date{}, 0, err
	}
	last := start // the last day already counted
	for _, o := range obs {
		from, to := o.From, o.To
		if !from.After(last) {
			from = last.AddDays(1)
		}
		if to.IsZero() || to.After(k.c.Received) {
			to = k.c.Received
		}
		if to.Before(from) {
			continue
		}
		if from.After(end) {
			break // the period had run out before this obstacle arose
		}
		lost += to.DaysSince(from) + 1
		last = to
		if end, _, err = k.cal.PeriodEnd(start.AddDays(lost), p); err != nil {
			return lawgov.Date{}, 0, err
		}
	}
	return end, lost, nil
}

// windowText writes the application period, the days obstacles added and
// its end.
func windowText(b *lawgov.ReportBuilder, window int, note string, lost int, end lawgov.Date) {
	b.Text("，申请期限").Int(window).Text("日").Text(note)
	if lost > 0 {
		b.Text("，扣除障碍期间").Int(lost).Text("日")
	}
	b.Text("，届满 ").Date(end)
}

// applicationWindow: 第二十条.
func (k *rcCheck) applicationWindow() error {
	c := &k.c
	b := k.begin(rcApplicationWindow)
	if c.Knew.IsZero() {
		b.Text("未记录知道或者应当知道行政行为之日，无法计算申请期限").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	window, note := 60, ""
	if c.WindowDays > 0 {
		window, note = c.WindowDays, "（法律规定的申请期限）"
	}
	b.Text("知道行政行为之日 ").Date(c.Knew)
	var end lawgov.Date
	if c.NotToldOfRights {
		// 第二十条第三款: from knowing the right, at most one year from knowing the act.
		capEnd, approx, err := periodEnd(k.cal, c.Knew, lawgov.Years(1), c.Received)
		if err != nil {
			return err
		}
		b.Text("，未告知申请行政复议的权利、行政复议机关和申请期限")
		if c.LearnedOfRights.IsZero() {
			b.Text("，未记录知道申请权利之日，按最长一年计算")
			end = capEnd
		} else {
			start := c.LearnedOfRights
			e, lost, err := k.windowEnd(start, rcLawDays(window))
			if err != nil {
				return err
			}
			b.Text("，知道申请权利之日 ").Date(start)
			windowText(b, window, note, lost, e)
			end = e
			if capEnd.Before(e) {
				end = capEnd
			}
		}
		endText(b.Text("，自知道行政行为之日起最长一年届满 "), capEnd, approx)
	} else {
		e, lost, err := k.windowEnd(c.Knew, rcLawDays(window))
		if err != nil {
			return err
		}
		windowText(b, window, note, lost, e)
		end = e
	}
	b.Text("，收到申请 ").Date(c.Received)
	if c.Received.After(end) {
		b.Text("，超过申请期限").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
		return nil
	}
	b.Judge(lawgov.Pass, lawgov.Notice)
	return nil
}

// applicationCap: 第二十一条.
func (k *rcCheck) applicationCap() error {
	c := &k.c
	b := k.begin(rcApplicationCap)
	if c.ActDate.IsZero() {
		b.Text("未记录行政行为作出之日，无法计算最长申请期限").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	years, what := 5, "其他行政复议申请"
	if c.RealProperty {
		years, what = 20, "因不动产提出的行政复议申请"
	}
	end, approx, err := periodEnd(k.cal, c.ActDate, lawgov.Years(years), c.Received)
	if err != nil {
		return err
	}
	b.Text("行政行为作出之日 ").Date(c.ActDate).Text("，").Text(what).Text("最长").Int(years).Text("年，届满 ")
	endText(b, end, approx).Text("，收到申请 ").Date(c.Received)
	if c.Received.After(end) {
		b.Text("，超过最长申请期限，行政复议机关不予受理").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
		return nil
	}
	b.Judge(lawgov.Pass, lawgov.Notice)
	return nil
}

// correctionNotice: 第三十一条第一款.
func (k *rcCheck) correctionNotice() error {
	c := &k.c
	b := k.begin(rcCorrectionNotice)
	if c.CorrectionNotified.IsZero() {
		b.Text("未通知补正").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	end, _, err := k.cal.PeriodEnd(c.Received, rcLawDays(5))
	if err != nil {
		return err
	}
	b.Text("收到申请 ").Date(c.Received).Text("，补正通知期限5个工作日，届满 ").Date(end).Text("，发出补正通知 ").Date(c.CorrectionNotified)
	if c.CorrectionNotified.After(end) {
		b.Text("，超过补正通知期限").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
		return nil
	}
	b.Judge(lawgov.Pass, lawgov.Notice)
	return nil
}

// correctionDeadline returns the last day to supply materials, and writes
// the facts it was computed from.
func (k *rcCheck) correctionDeadline(b *lawgov.ReportBuilder) (lawgov.Date, error) {
	c := &k.c
	from, what := c.CorrectionReceived, "申请人收到补正通知"
	if from.IsZero() {
		from, what = c.CorrectionNotified, "未记录申请人收到补正通知之日，自发出补正通知"
	}
	end, _, err := k.cal.PeriodEnd(from, rcLawDays(10))
	if err != nil {
		return lawgov.Date{}, err
	}
	b.Text(what).Text(" ").Date(from).Text("，补正期限10个工作日，届满 ").Date(end)
	if c.CorrectionExtendedTo.After(end) {
		end = c.CorrectionExtendedTo
		b.Text("，延长补正期限至 ").Date(end)
	}
	return end, nil
}

// correctionPeriod: 第三十一条第二款. An application is 视为放弃 only once
// the applicant's period has run out without the materials.
func (k *rcCheck) correctionPeriod() error {
	c := &k.c
	b := k.begin(rcCorrectionPeriod)
	switch {
	case c.CorrectionNotified.IsZero() && c.Outcome == Abandoned:
		b.Text("以逾期不补正视为放弃结案 ").Date(c.Concluded).Text("，但未记录书面补正通知").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
		return nil
	case c.CorrectionNotified.IsZero():
		b.Text("未通知补正").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	end, err := k.correctionDeadline(b)
	if err != nil {
		return err
	}
	o, s := lawgov.Pass, lawgov.Notice
	switch {
	case c.Outcome == Abandoned && !c.Supplied.IsZero() && !c.Supplied.After(end):
		b.Text("，收到补正材料 ").Date(c.Supplied).Text("，在期限内，不能视为放弃（结案 ").Date(c.Concluded).Text("）")
		o, s = lawgov.Fail, lawgov.SeverityUnspecified
	case c.Outcome == Abandoned && !c.Concluded.After(end):
		b.Text("，补正期限届满前于 ").Date(c.Concluded).Text(" 以逾期不补正视为放弃结案")
		o, s = lawgov.Fail, lawgov.SeverityUnspecified
	case c.Outcome == Abandoned && c.CorrectionReceived.IsZero():
		// 「申请人应当自收到补正通知之日起十日内提交补正材料」: counted from
		// the notice's dispatch the period ends no later than it really
		// does, so an abandonment after that day is not shown to be late.
		b.Text("，未能确认 ").Date(c.Concluded).Text(" 视为放弃行政复议申请时补正期限已经届满")
		o, s = lawgov.Fail, lawgov.Warning
	case c.Outcome == Abandoned:
		b.Text("，逾期未补正，").Date(c.Concluded).Text(" 视为放弃行政复议申请")
	case !c.Supplied.IsZero() && c.Supplied.After(end):
		b.Text("，收到补正材料 ").Date(c.Supplied).Text("，逾期补正，行政复议机关继续处理")
	case !c.Supplied.IsZero():
		b.Text("，收到补正材料 ").Date(c.Supplied)
	case c.Concluded.IsZero() && k.asOf.After(end):
		b.Text("，至 ").Date(k.asOf).Text(" 未收到补正材料，也未按视为放弃记录在案")
		o, s = lawgov.Fail, lawgov.Warning
	case c.Concluded.IsZero():
		b.Text("，至 ").Date(k.asOf).Text(" 尚在补正期限内")
	default:
		b.Text("，未记录收到补正材料，").Date(c.Concluded).Text(" 以").Text(c.Outcome.Label()).Text("结案")
	}
	b.Judge(o, s)
	return nil
}

// acceptanceReview: 第三十条, restarted after a correction (第三十一条第三款).
func (k *rcCheck) acceptanceReview() error {
	c := &k.c
	b := k.begin(rcAcceptanceReview)
	if c.Outcome == Abandoned {
		b.Text("逾期不补正视为放弃行政复议申请（第三十一条），不作受理决定").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	start, from := c.Received, "收到申请"
	if !c.CorrectionNotified.IsZero() {
		if c.Supplied.IsZero() {
			if !c.Accepted.IsZero() {
				k.accepted, k.acceptedOn = true, c.Accepted
			}
			b.Date(c.CorrectionNotified).Text(" 通知补正，未记录收到补正材料之日，审查期限自收到补正材料之日起计算").
				Judge(lawgov.NotApplicable, lawgov.Notice)
			return nil
		}
		start, from = c.Supplied, "收到补正材料"
	}
	end, _, err := k.cal.PeriodEnd(start, rcLawDays(5))
	if err != nil {
		return err
	}
	b.Text(from).Text(" ").Date(start).Text("，审查期限5个工作日，届满 ").Date(end)
	decided, what := c.Accepted, "受理"
	if decided.IsZero() && c.Outcome == NotAccepted {
		decided, what = c.Concluded, c.Outcome.Label()
	}
	if !c.Accepted.IsZero() {
		k.accepted, k.acceptedOn = true, c.Accepted
	}
	switch {
	case !decided.IsZero() && decided.After(end):
		b.Text("，").Text(what).Text(" ").Date(decided).Text("，超过审查期限").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case !decided.IsZero():
		b.Text("，").Text(what).Text(" ").Date(decided).Judge(lawgov.Pass, lawgov.Notice)
	case k.asOf.After(end) || !c.Concluded.IsZero():
		k.accepted, k.deemed, k.acceptedOn = true, true, end
		b.Text("，至 ").Date(k.asOf).Text(" 未作出受理决定，审查期限届满之日起视为受理").Judge(lawgov.Fail, lawgov.Warning)
	default:
		b.Text("，至 ").Date(k.asOf).Text(" 尚在审查期限内").Judge(lawgov.Pass, lawgov.Notice)
	}
	return nil
}

// acceptanceText writes the day acceptance took effect.
func (k *rcCheck) acceptanceText(b *lawgov.ReportBuilder) *lawgov.ReportBuilder {
	if k.deemed {
		return b.Text("视为受理 ").Date(k.acceptedOn)
	}
	return b.Text("受理 ").Date(k.acceptedOn)
}

// notAccepted writes the message for rules that need an accepted case.
func (k *rcCheck) notAccepted(b *lawgov.ReportBuilder) *lawgov.ReportBuilder {
	if k.c.Outcome == NotAccepted || k.c.Outcome == Abandoned {
		return b.Text("案件未受理（").Text(k.c.Outcome.Label()).Text("）")
	}
	return b.Text("至 ").Date(k.asOf).Text(" 尚未受理")
}

// copyToRespondent: 第四十八条 (seven days), 第五十四条 (three days).
func (k *rcCheck) copyToRespondent() error {
	c := &k.c
	b := k.begin(rcCopyToRespondent)
	if !k.accepted {
		k.notAccepted(b).Text("，不发送申请书副本").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	if c.CopySent.IsZero() {
		b.Text("未记录发送申请书副本之日").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	days, note := 7, ""
	if c.Procedure == Simplified {
		days, note = k.copyDays, "（简易程序）"
	}
	p := rcLawDays(days)
	end, _, err := k.cal.PeriodEnd(k.acceptedOn, p)
	if err != nil {
		return err
	}
	k.acceptanceText(b).Text("，发送期限").Period(p).Text(note).Text("，届满 ").Date(end).Text("，发送申请书副本 ").Date(c.CopySent)
	if c.CopySent.After(end) {
		b.Text("，超过发送期限").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
		return nil
	}
	b.Judge(lawgov.Pass, lawgov.Notice)
	return nil
}

// respondentReply: 第四十八条 (ten days), 第五十四条 (five days).
func (k *rcCheck) respondentReply() error {
	c := &k.c
	b := k.begin(rcRespondentReply)
	if c.CopySent.IsZero() {
		b.Text("未记录发送申请书副本之日，答复期限未起算").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	from, what := c.CopyReceived, "被申请人收到申请书副本"
	if from.IsZero() {
		from, what = c.CopySent, "未记录被申请人收到副本之日，自发送申请书副本"
	}
	days, note := 10, ""
	if c.Procedure == Simplified {
		days, note = k.replyDays, "（简易程序）"
	}
	p := rcLawDays(days)
	end, _, err := k.cal.PeriodEnd(from, p)
	if err != nil {
		return err
	}
	b.Text(what).Text(" ").Date(from).Text("，答复期限").Period(p).Text(note).Text("，届满 ").Date(end)
	switch {
	case !c.Replied.IsZero() && c.Replied.After(end) && c.CopyReceived.IsZero():
		// 「被申请人应当自收到……之日起十日内，提出书面答复」: counted from
		// the dispatch the period ends no later than it really does, so a
		// reply after that day is not shown to be late.
		b.Text("，书面答复 ").Date(c.Replied).Text("，未能确认超过答复期限").Judge(lawgov.Fail, lawgov.Warning)
	case !c.Replied.IsZero() && c.Replied.After(end):
		b.Text("，书面答复 ").Date(c.Replied).Text("，超过答复期限").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case !c.Replied.IsZero():
		b.Text("，书面答复 ").Date(c.Replied).Judge(lawgov.Pass, lawgov.Notice)
	case !c.Concluded.IsZero() && c.Concluded.After(end):
		b.Text("，至结案 ").Date(c.Concluded).Text(" 未记录书面答复").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case c.Concluded.IsZero() && k.asOf.After(end):
		b.Text("，至 ").Date(k.asOf).Text(" 未记录书面答复").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	default:
		b.Text("，至 ").Date(k.asOf).Text(" 尚在答复期限内").Judge(lawgov.Pass, lawgov.Notice)
	}
	return nil
}

// suspendedDays returns the days after accepted and up to until on which
// the case stood suspended (中止, 第三十九条), each day once however the
// suspensions overlap.
func suspendedDays(ss []Suspension, accepted, until lawgov.Date) int {
	ss = byFrom(ss, suspensionFrom)
	n, last := 0, accepted // the last day already counted
	for _, s := range ss {
		from, to := s.From, s.To
		if !from.After(last) {
			from = last.AddDays(1)
		}
		if to.IsZero() || to.After(until) {
			to = until
		}
		if to.Before(from) {
			continue
		}
		n += to.DaysSince(from) + 1
		last = to
	}
	return n
}

// decisionPeriod: 第六十二条, with suspensions (第三十九条) not counted.
func (k *rcCheck) decisionPeriod() error {
	c := &k.c
	b := k.begin(rcDecisionPeriod)
	if !k.accepted {
		if k.c.Outcome == NotAccepted || k.c.Outcome == Abandoned {
			k.notAccepted(b).Text("，不计算决定期限").Judge(lawgov.NotApplicable, lawgov.Notice)
			return nil
		}
		k.notAccepted(b).Text("，决定期限未起算").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	until := k.asOf
	if !c.Concluded.IsZero() {
		until = c.Concluded
	}
	stopped := suspendedDays(c.Suspensions, k.acceptedOn, until)
	start := k.acceptedOn.AddDays(stopped)
	days := 60
	if c.Procedure == Simplified {
		days = 30
	}
	end, _, err := k.cal.PeriodEnd(start, rcLawDays(days))
	if err != nil {
		return err
	}
	k.acceptanceText(b)
	switch {
	case c.Procedure == Simplified && c.ExtensionDays > 0:
		b.Text("，决定期限30日（简易程序，不适用延长）")
	case c.Procedure == Simplified:
		b.Text("，决定期限30日（简易程序）")
	case c.ExtensionDays > 0 && k.limits.Extension == ExtendFromAcceptance:
		end, _, err = k.cal.PeriodEnd(start, rcLawDays(60+c.ExtensionDays))
		if err != nil {
			return err
		}
		b.Text("，决定期限").Int(60 + c.ExtensionDays).Text("日（含延长").Int(c.ExtensionDays).Text("日，自受理之日合并计算）")
	case c.ExtensionDays > 0:
		// The extension is a count the office approves, not one of the
		// periods of three, five, seven or ten days that 第八十八条 turns
		// into working days: it runs in calendar days, like its cap of
		// thirty.
		first := end
		end, _, err = k.cal.PeriodEnd(first, lawgov.CalendarDays(c.ExtensionDays))
		if err != nil {
			return err
		}
		b.Text("，决定期限60日，届满 ").Date(first).Text("，延长").Int(c.ExtensionDays).Text("日自届满日起算")
	default:
		b.Text("，决定期限60日")
	}
	if stopped > 0 {
		b.Text("，中止").Int(stopped).Text("日不计入")
	}
	b.Text("，届满 ").Date(end)
	switch {
	case !c.Concluded.IsZero() && c.Concluded.After(end):
		b.Text("，审结 ").Date(c.Concluded).Text("，超过决定期限").Int(c.Concluded.DaysSince(end)).Text("日").
			Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case !c.Concluded.IsZero():
		b.Text("，审结 ").Date(c.Concluded).Judge(lawgov.Pass, lawgov.Notice)
	case k.asOf.After(end):
		b.Text("，至 ").Date(k.asOf).Text(" 仍未作出决定").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	default:
		b.Text("，至 ").Date(k.asOf).Text(" 尚在期限内").Judge(lawgov.Pass, lawgov.Notice)
	}
	return nil
}

// How a suspension that can end in termination (第四十一条第（五）项)
// stands.
const (
	suspensionResumed     = iota // the cause ended within sixty days
	suspensionTerminated         // the reconsideration was terminated
	suspensionResumedLate        // the cause ended after sixty days: a failure
	suspensionOverdue            // sixty days passed, not terminated: a failure
	suspensionRunning            // not yet sixty days
)

// suspensionState returns how suspension s, whose sixty days end on end,
// stands.
func (k *rcCheck) suspensionState(s Suspension, end lawgov.Date) int {
	switch {
	case !s.To.IsZero() && !s.To.After(end):
		return suspensionResumed
	case k.c.Outcome == Terminated:
		return suspensionTerminated
	case !s.To.IsZero():
		return suspensionResumedLate
	case k.asOf.After(end):
		return suspensionOverdue
	}
	return suspensionRunning
}

// suspensionTermination: 第四十一条第（五）项. The rule fails on the first
// suspension that should have ended in termination, and says only that;
// otherwise it passes with every such suspension, or does not apply.
func (k *rcCheck) suspensionTermination() error {
	c := &k.c
	b := k.begin(rcSuspensionTermination)
	failed, passes := -1, 0
	for i, s := range c.Suspensions {
		if !s.Reason.terminates() {
			continue
		}
		end, _, err := k.cal.PeriodEnd(s.From, lawgov.CalendarDays(60))
		if err != nil {
			return err
		}
		if st := k.suspensionState(s, end); st == suspensionResumedLate || st == suspensionOverdue {
			failed = i
			break
		}
		passes++
	}
	switch {
	case failed >= 0:
		if !b.VerdictOnly() {
			if err := k.suspensionText(b, c.Suspensions[failed]); err != nil {
				return err
			}
		}
		b.Judge(lawgov.Fail, lawgov.SeverityUnspecified)
		return nil
	case passes == 0:
		b.Text("无因申请人死亡、丧失行为能力或者终止而中止的情形").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	if !b.VerdictOnly() {
		written := false
		for _, s := range c.Suspensions {
			if !s.Reason.terminates() {
				continue
			}
			if written {
				b.Text("；")
			}
			if err := k.suspensionText(b, s); err != nil {
				return err
			}
			written = true
		}
	}
	b.Judge(lawgov.Pass, lawgov.Notice)
	return nil
}

// suspensionText writes how suspension s stands.
func (k *rcCheck) suspensionText(b *lawgov.ReportBuilder, s Suspension) error {
	end, _, err := k.cal.PeriodEnd(s.From, lawgov.CalendarDays(60))
	if err != nil {
		return err
	}
	b.Date(s.From).Text(" 因").Text(s.Reason.Label()).Text("中止，满60日 ").Date(end)
	switch k.suspensionState(s, end) {
	case suspensionResumed:
		b.Text("，").Date(s.To).Text(" 中止原因消除，恢复审理")
	case suspensionTerminated:
		b.Text("，").Date(k.c.Concluded).Text(" 终止行政复议")
	case suspensionResumedLate:
		b.Text("，中止原因仍未消除，应当终止，至 ").Date(s.To).Text(" 才恢复审理")
	case suspensionOverdue:
		b.Text("，至 ").Date(k.asOf).Text(" 中止原因仍未消除，应当终止行政复议")
	default:
		b.Text("，至 ").Date(k.asOf).Text(" 中止未满60日")
	}
	return nil
}

// opinionReport: 第七十六条.
func (k *rcCheck) opinionReport() error {
	c := &k.c
	b := k.begin(rcOpinionReport)
	if c.OpinionReceived.IsZero() {
		b.Text("未制发行政复议意见书").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	end, _, err := k.cal.PeriodEnd(c.OpinionReceived, rcLawDays(60))
	if err != nil {
		return err
	}
	b.Text("收到行政复议意见书 ").Date(c.OpinionReceived).Text("，报送纠正情况期限60日，届满 ").Date(end)
	switch {
	case !c.OpinionReported.IsZero() && c.OpinionReported.After(end):
		b.Text("，报送 ").Date(c.OpinionReported).Text("，超过期限").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case !c.OpinionReported.IsZero():
		b.Text("，报送 ").Date(c.OpinionReported).Judge(lawgov.Pass, lawgov.Notice)
	case k.asOf.After(end):
		b.Text("，至 ").Date(k.asOf).Text(" 未报送纠正情况").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	default:
		b.Text("，至 ").Date(k.asOf).Text(" 尚在期限内").Judge(lawgov.Pass, lawgov.Notice)
	}
	return nil
}
