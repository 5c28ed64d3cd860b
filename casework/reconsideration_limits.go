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
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
)

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
	if err := c.Validate(); err != nil {
		return lawgov.Report{}, err
	}
	if cal == nil {
		return lawgov.Report{}, fmt.Errorf("casework: check reconsideration %q: nil calendar", c.ID)
	}
	copyDays, replyDays, err := l.simplifiedDays()
	if err != nil {
		return lawgov.Report{}, err
	}
	cal, use := cal.Observed() // notes a provisional year the periods touch
	ck := rcCheck{c: c, asOf: asOf, cal: cal, limits: l, copyDays: copyDays, replyDays: replyDays}
	rep := lawgov.Report{Subject: c.ID, AsOf: asOf, Findings: make([]lawgov.Finding, 0, 10)}
	for _, step := range []func() (lawgov.Finding, error){
		ck.applicationWindow, ck.applicationCap, ck.correctionNotice, ck.correctionPeriod,
		ck.acceptanceReview, ck.copyToRespondent, ck.respondentReply, ck.decisionPeriod,
		ck.suspensionTermination, ck.opinionReport,
	} {
		f, err := step()
		if err != nil {
			return lawgov.Report{}, fmt.Errorf("casework: check reconsideration %q: %w", c.ID, err)
		}
		rep.Findings = append(rep.Findings, f)
	}
	return use.Note(rep), nil
}

// rcCheck carries one reconsideration check run; the acceptance review
// leaves the day acceptance took effect for the later rules.
type rcCheck struct {
	c      Reconsideration
	asOf   lawgov.Date
	cal    *lawgov.Calendar
	limits Limits

	copyDays, replyDays int // 第五十四条 under the simplified procedure

	accepted, deemed bool        // acceptance decided or deemed (第三十条第三款)
	acceptedOn       lawgov.Date // the day it took effect
}

func (k *rcCheck) rule(id lawgov.RuleID) lawgov.Rule { return catalogueRule(id) }

// periodEnd returns the end of p from start. When the calendar lacks data
// for the end's year but the raw end (before any roll-forward) is already
// on or after against, the comparison is decided without it: the raw end
// is returned with approx set, and the message says the end may roll
// forward.
func periodEnd(cal *lawgov.Calendar, start lawgov.Date, p lawgov.Period, against lawgov.Date) (end lawgov.Date, approx bool, err error) {
	end, _, err = cal.PeriodEnd(start, p)
	if err == nil || !errors.Is(err, lawgov.ErrNoCalendarData) || against.IsZero() {
		return end, false, err
	}
	var raw lawgov.Date
	switch p.Unit {
	case lawgov.UnitCalendarDays:
		raw = start.AddDays(p.N)
	case lawgov.UnitMonths:
		raw = start.AddMonths(p.N)
	case lawgov.UnitYears:
		raw = start.AddYears(p.N)
	}
	if raw.IsZero() || raw.Before(against) {
		return lawgov.Date{}, false, err
	}
	return raw, true, nil
}

func endText(end lawgov.Date, approx bool) string {
	if approx {
		return end.String() + "（如遇休假日顺延）"
	}
	return end.String()
}

// windowEnd returns the end of the application period p from start and
// the days obstacles added to it. 「因不可抗力或者其他正当理由耽误法定申请期限
// 的，申请期限自障碍消除之日起继续计算」 (第二十条第二款): only an obstacle
// that arises while the period is still running holds it, and only its
// days after start count, each day once however the obstacles overlap.
func (k *rcCheck) windowEnd(start lawgov.Date, p lawgov.Period) (end lawgov.Date, lost int, err error) {
	obs := slices.Clone(k.c.Obstacles)
	slices.SortFunc(obs, func(a, b Interval) int { return a.From.Compare(b.From) })
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

// applicationWindow: 第二十条.
func (k *rcCheck) applicationWindow() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleApplicationWindow)
	if c.Knew.IsZero() {
		return r.NotApplicable(c.ID, "未记录知道或者应当知道行政行为之日，无法计算申请期限"), nil
	}
	window, note := 60, ""
	if c.WindowDays > 0 {
		window, note = c.WindowDays, "（法律规定的申请期限）"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "知道行政行为之日 %s", c.Knew)
	var end lawgov.Date
	if c.NotToldOfRights {
		// 第二十条第三款: from knowing the right, at most one year from knowing the act.
		capEnd, approx, err := periodEnd(k.cal, c.Knew, lawgov.Years(1), c.Received)
		if err != nil {
			return lawgov.Finding{}, err
		}
		b.WriteString("，未告知申请行政复议的权利、行政复议机关和申请期限")
		if c.LearnedOfRights.IsZero() {
			b.WriteString("，未记录知道申请权利之日，按最长一年计算")
			end = capEnd
		} else {
			start := c.LearnedOfRights
			e, lost, err := k.windowEnd(start, rcLawDays(window))
			if err != nil {
				return lawgov.Finding{}, err
			}
			fmt.Fprintf(&b, "，知道申请权利之日 %s，申请期限%d日%s", start, window, note)
			if lost > 0 {
				fmt.Fprintf(&b, "，扣除障碍期间%d日", lost)
			}
			fmt.Fprintf(&b, "，届满 %s", e)
			end = e
			if capEnd.Before(e) {
				end = capEnd
			}
		}
		fmt.Fprintf(&b, "，自知道行政行为之日起最长一年届满 %s", endText(capEnd, approx))
	} else {
		e, lost, err := k.windowEnd(c.Knew, rcLawDays(window))
		if err != nil {
			return lawgov.Finding{}, err
		}
		fmt.Fprintf(&b, "，申请期限%d日%s", window, note)
		if lost > 0 {
			fmt.Fprintf(&b, "，扣除障碍期间%d日", lost)
		}
		fmt.Fprintf(&b, "，届满 %s", e)
		end = e
	}
	fmt.Fprintf(&b, "，收到申请 %s", c.Received)
	if c.Received.After(end) {
		b.WriteString("，超过申请期限")
		return r.Fail(c.ID, b.String()), nil
	}
	return r.Pass(c.ID, b.String()), nil
}

// applicationCap: 第二十一条.
func (k *rcCheck) applicationCap() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleApplicationCap)
	if c.ActDate.IsZero() {
		return r.NotApplicable(c.ID, "未记录行政行为作出之日，无法计算最长申请期限"), nil
	}
	years, what := 5, "其他行政复议申请"
	if c.RealProperty {
		years, what = 20, "因不动产提出的行政复议申请"
	}
	end, approx, err := periodEnd(k.cal, c.ActDate, lawgov.Years(years), c.Received)
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("行政行为作出之日 %s，%s最长%d年，届满 %s，收到申请 %s", c.ActDate, what, years, endText(end, approx), c.Received)
	if c.Received.After(end) {
		return r.Fail(c.ID, msg+"，超过最长申请期限，行政复议机关不予受理"), nil
	}
	return r.Pass(c.ID, msg), nil
}

// correctionNotice: 第三十一条第一款.
func (k *rcCheck) correctionNotice() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleCorrectionNotice)
	if c.CorrectionNotified.IsZero() {
		return r.NotApplicable(c.ID, "未通知补正"), nil
	}
	end, _, err := k.cal.PeriodEnd(c.Received, rcLawDays(5))
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("收到申请 %s，补正通知期限5个工作日，届满 %s，发出补正通知 %s", c.Received, end, c.CorrectionNotified)
	if c.CorrectionNotified.After(end) {
		return r.Fail(c.ID, msg+"，超过补正通知期限"), nil
	}
	return r.Pass(c.ID, msg), nil
}

// correctionDeadline returns the last day to supply materials, and the
// facts it was computed from.
func (k *rcCheck) correctionDeadline() (lawgov.Date, string, error) {
	c := k.c
	from, what := c.CorrectionReceived, "申请人收到补正通知"
	if from.IsZero() {
		from, what = c.CorrectionNotified, "未记录申请人收到补正通知之日，自发出补正通知"
	}
	end, _, err := k.cal.PeriodEnd(from, rcLawDays(10))
	if err != nil {
		return lawgov.Date{}, "", err
	}
	msg := fmt.Sprintf("%s %s，补正期限10个工作日，届满 %s", what, from, end)
	if c.CorrectionExtendedTo.After(end) {
		end = c.CorrectionExtendedTo
		msg += fmt.Sprintf("，延长补正期限至 %s", end)
	}
	return end, msg, nil
}

// correctionPeriod: 第三十一条第二款. An application is 视为放弃 only once
// the applicant's period has run out without the materials.
func (k *rcCheck) correctionPeriod() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleCorrectionPeriod)
	switch {
	case c.CorrectionNotified.IsZero() && c.Outcome == Abandoned:
		return r.Fail(c.ID, fmt.Sprintf("以逾期不补正视为放弃结案 %s，但未记录书面补正通知", c.Concluded)), nil
	case c.CorrectionNotified.IsZero():
		return r.NotApplicable(c.ID, "未通知补正"), nil
	}
	end, msg, err := k.correctionDeadline()
	if err != nil {
		return lawgov.Finding{}, err
	}
	switch {
	case c.Outcome == Abandoned && !c.Supplied.IsZero() && !c.Supplied.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，收到补正材料 %s，在期限内，不能视为放弃（结案 %s）", msg, c.Supplied, c.Concluded)), nil
	case c.Outcome == Abandoned && !c.Concluded.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，补正期限届满前于 %s 以逾期不补正视为放弃结案", msg, c.Concluded)), nil
	case c.Outcome == Abandoned && c.CorrectionReceived.IsZero():
		// 「申请人应当自收到补正通知之日起十日内提交补正材料」: counted from
		// the notice's dispatch the period ends no later than it really
		// does, so an abandonment after that day is not shown to be late.
		return r.FailWith(lawgov.Warning, c.ID, fmt.Sprintf("%s，未能确认 %s 视为放弃行政复议申请时补正期限已经届满", msg, c.Concluded)), nil
	case c.Outcome == Abandoned:
		return r.Pass(c.ID, fmt.Sprintf("%s，逾期未补正，%s 视为放弃行政复议申请", msg, c.Concluded)), nil
	case !c.Supplied.IsZero() && c.Supplied.After(end):
		return r.Pass(c.ID, fmt.Sprintf("%s，收到补正材料 %s，逾期补正，行政复议机关继续处理", msg, c.Supplied)), nil
	case !c.Supplied.IsZero():
		return r.Pass(c.ID, fmt.Sprintf("%s，收到补正材料 %s", msg, c.Supplied)), nil
	case c.Concluded.IsZero() && k.asOf.After(end):
		return r.FailWith(lawgov.Warning, c.ID, fmt.Sprintf("%s，至 %s 未收到补正材料，也未按视为放弃记录在案", msg, k.asOf)), nil
	case c.Concluded.IsZero():
		return r.Pass(c.ID, fmt.Sprintf("%s，至 %s 尚在补正期限内", msg, k.asOf)), nil
	}
	return r.Pass(c.ID, fmt.Sprintf("%s，未记录收到补正材料，%s 以%s结案", msg, c.Concluded, c.Outcome.Label())), nil
}

// acceptanceReview: 第三十条, restarted after a correction (第三十一条第三款).
func (k *rcCheck) acceptanceReview() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleAcceptanceReview)
	if c.Outcome == Abandoned {
		return r.NotApplicable(c.ID, "逾期不补正视为放弃行政复议申请（第三十一条），不作受理决定"), nil
	}
	start, from := c.Received, "收到申请"
	if !c.CorrectionNotified.IsZero() {
		if c.Supplied.IsZero() {
			if !c.Accepted.IsZero() {
				k.accepted, k.acceptedOn = true, c.Accepted
			}
			return r.NotApplicable(c.ID, fmt.Sprintf("%s 通知补正，未记录收到补正材料之日，审查期限自收到补正材料之日起计算", c.CorrectionNotified)), nil
		}
		start, from = c.Supplied, "收到补正材料"
	}
	end, _, err := k.cal.PeriodEnd(start, rcLawDays(5))
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("%s %s，审查期限5个工作日，届满 %s", from, start, end)
	decided, what := c.Accepted, "受理"
	if decided.IsZero() && c.Outcome == NotAccepted {
		decided, what = c.Concluded, c.Outcome.Label()
	}
	if !c.Accepted.IsZero() {
		k.accepted, k.acceptedOn = true, c.Accepted
	}
	switch {
	case !decided.IsZero() && decided.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，%s %s，超过审查期限", msg, what, decided)), nil
	case !decided.IsZero():
		return r.Pass(c.ID, fmt.Sprintf("%s，%s %s", msg, what, decided)), nil
	case k.asOf.After(end) || !c.Concluded.IsZero():
		k.accepted, k.deemed, k.acceptedOn = true, true, end
		return r.FailWith(lawgov.Warning, c.ID, fmt.Sprintf("%s，至 %s 未作出受理决定，审查期限届满之日起视为受理", msg, k.asOf)), nil
	}
	return r.Pass(c.ID, fmt.Sprintf("%s，至 %s 尚在审查期限内", msg, k.asOf)), nil
}

// acceptanceText names the day acceptance took effect.
func (k *rcCheck) acceptanceText() string {
	if k.deemed {
		return "视为受理 " + k.acceptedOn.String()
	}
	return "受理 " + k.acceptedOn.String()
}

// notAccepted returns the message for rules that need an accepted case.
func (k *rcCheck) notAccepted() string {
	if k.c.Outcome == NotAccepted || k.c.Outcome == Abandoned {
		return "案件未受理（" + k.c.Outcome.Label() + "）"
	}
	return fmt.Sprintf("至 %s 尚未受理", k.asOf)
}

// copyToRespondent: 第四十八条 (seven days), 第五十四条 (three days).
func (k *rcCheck) copyToRespondent() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleCopyToRespondent)
	if !k.accepted {
		return r.NotApplicable(c.ID, k.notAccepted()+"，不发送申请书副本"), nil
	}
	if c.CopySent.IsZero() {
		return r.NotApplicable(c.ID, "未记录发送申请书副本之日"), nil
	}
	days, note := 7, ""
	if c.Procedure == Simplified {
		days, note = k.copyDays, "（简易程序）"
	}
	p := rcLawDays(days)
	end, _, err := k.cal.PeriodEnd(k.acceptedOn, p)
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("%s，发送期限%s%s，届满 %s，发送申请书副本 %s", k.acceptanceText(), p, note, end, c.CopySent)
	if c.CopySent.After(end) {
		return r.Fail(c.ID, msg+"，超过发送期限"), nil
	}
	return r.Pass(c.ID, msg), nil
}

// respondentReply: 第四十八条 (ten days), 第五十四条 (five days).
func (k *rcCheck) respondentReply() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleRespondentReply)
	if c.CopySent.IsZero() {
		return r.NotApplicable(c.ID, "未记录发送申请书副本之日，答复期限未起算"), nil
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
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("%s %s，答复期限%s%s，届满 %s", what, from, p, note, end)
	switch {
	case !c.Replied.IsZero() && c.Replied.After(end) && c.CopyReceived.IsZero():
		// 「被申请人应当自收到……之日起十日内，提出书面答复」: counted from
		// the dispatch the period ends no later than it really does, so a
		// reply after that day is not shown to be late.
		return r.FailWith(lawgov.Warning, c.ID, fmt.Sprintf("%s，书面答复 %s，未能确认超过答复期限", msg, c.Replied)), nil
	case !c.Replied.IsZero() && c.Replied.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，书面答复 %s，超过答复期限", msg, c.Replied)), nil
	case !c.Replied.IsZero():
		return r.Pass(c.ID, fmt.Sprintf("%s，书面答复 %s", msg, c.Replied)), nil
	case !c.Concluded.IsZero() && c.Concluded.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，至结案 %s 未记录书面答复", msg, c.Concluded)), nil
	case c.Concluded.IsZero() && k.asOf.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，至 %s 未记录书面答复", msg, k.asOf)), nil
	}
	return r.Pass(c.ID, fmt.Sprintf("%s，至 %s 尚在答复期限内", msg, k.asOf)), nil
}

// suspendedDays returns the days after accepted and up to until on which
// the case stood suspended (中止, 第三十九条), each day once however the
// suspensions overlap.
func suspendedDays(ss []Suspension, accepted, until lawgov.Date) int {
	ss = slices.Clone(ss)
	slices.SortFunc(ss, func(a, b Suspension) int { return a.From.Compare(b.From) })
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
func (k *rcCheck) decisionPeriod() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleDecisionPeriod)
	if !k.accepted {
		if k.c.Outcome == NotAccepted || k.c.Outcome == Abandoned {
			return r.NotApplicable(c.ID, k.notAccepted()+"，不计算决定期限"), nil
		}
		return r.NotApplicable(c.ID, k.notAccepted()+"，决定期限未起算"), nil
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
		return lawgov.Finding{}, err
	}
	var b strings.Builder
	b.WriteString(k.acceptanceText())
	switch {
	case c.Procedure == Simplified && c.ExtensionDays > 0:
		b.WriteString("，决定期限30日（简易程序，不适用延长）")
	case c.Procedure == Simplified:
		b.WriteString("，决定期限30日（简易程序）")
	case c.ExtensionDays > 0 && k.limits.Extension == ExtendFromAcceptance:
		end, _, err = k.cal.PeriodEnd(start, rcLawDays(60+c.ExtensionDays))
		if err != nil {
			return lawgov.Finding{}, err
		}
		fmt.Fprintf(&b, "，决定期限%d日（含延长%d日，自受理之日合并计算）", 60+c.ExtensionDays, c.ExtensionDays)
	case c.ExtensionDays > 0:
		// The extension is a count the office approves, not one of the
		// periods of three, five, seven or ten days that 第八十八条 turns
		// into working days: it runs in calendar days, like its cap of
		// thirty.
		first := end
		end, _, err = k.cal.PeriodEnd(first, lawgov.CalendarDays(c.ExtensionDays))
		if err != nil {
			return lawgov.Finding{}, err
		}
		fmt.Fprintf(&b, "，决定期限60日，届满 %s，延长%d日自届满日起算", first, c.ExtensionDays)
	default:
		b.WriteString("，决定期限60日")
	}
	if stopped > 0 {
		fmt.Fprintf(&b, "，中止%d日不计入", stopped)
	}
	fmt.Fprintf(&b, "，届满 %s", end)
	msg := b.String()
	switch {
	case !c.Concluded.IsZero() && c.Concluded.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，审结 %s，超过决定期限%d日", msg, c.Concluded, c.Concluded.DaysSince(end))), nil
	case !c.Concluded.IsZero():
		return r.Pass(c.ID, fmt.Sprintf("%s，审结 %s", msg, c.Concluded)), nil
	case k.asOf.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，至 %s 仍未作出决定", msg, k.asOf)), nil
	}
	return r.Pass(c.ID, fmt.Sprintf("%s，至 %s 尚在期限内", msg, k.asOf)), nil
}

// suspensionTermination: 第四十一条第（五）项.
func (k *rcCheck) suspensionTermination() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleSuspensionTermination)
	var passes []string
	for _, s := range c.Suspensions {
		if !s.Reason.terminates() {
			continue
		}
		end, _, err := k.cal.PeriodEnd(s.From, lawgov.CalendarDays(60))
		if err != nil {
			return lawgov.Finding{}, err
		}
		msg := fmt.Sprintf("%s 因%s中止，满60日 %s", s.From, s.Reason.Label(), end)
		switch {
		case !s.To.IsZero() && !s.To.After(end):
			passes = append(passes, fmt.Sprintf("%s，%s 中止原因消除，恢复审理", msg, s.To))
		case c.Outcome == Terminated:
			passes = append(passes, fmt.Sprintf("%s，%s 终止行政复议", msg, c.Concluded))
		case !s.To.IsZero():
			return r.Fail(c.ID, fmt.Sprintf("%s，中止原因仍未消除，应当终止，至 %s 才恢复审理", msg, s.To)), nil
		case k.asOf.After(end):
			return r.Fail(c.ID, fmt.Sprintf("%s，至 %s 中止原因仍未消除，应当终止行政复议", msg, k.asOf)), nil
		default:
			passes = append(passes, fmt.Sprintf("%s，至 %s 中止未满60日", msg, k.asOf))
		}
	}
	if len(passes) == 0 {
		return r.NotApplicable(c.ID, "无因申请人死亡、丧失行为能力或者终止而中止的情形"), nil
	}
	return r.Pass(c.ID, strings.Join(passes, "；")), nil
}

// opinionReport: 第七十六条.
func (k *rcCheck) opinionReport() (lawgov.Finding, error) {
	c, r := k.c, k.rule(RuleOpinionReport)
	if c.OpinionReceived.IsZero() {
		return r.NotApplicable(c.ID, "未制发行政复议意见书"), nil
	}
	end, _, err := k.cal.PeriodEnd(c.OpinionReceived, rcLawDays(60))
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("收到行政复议意见书 %s，报送纠正情况期限60日，届满 %s", c.OpinionReceived, end)
	switch {
	case !c.OpinionReported.IsZero() && c.OpinionReported.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，报送 %s，超过期限", msg, c.OpinionReported)), nil
	case !c.OpinionReported.IsZero():
		return r.Pass(c.ID, fmt.Sprintf("%s，报送 %s", msg, c.OpinionReported)), nil
	case k.asOf.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，至 %s 未报送纠正情况", msg, k.asOf)), nil
	}
	return r.Pass(c.ID, fmt.Sprintf("%s，至 %s 尚在期限内", msg, k.asOf)), nil
}
