package casework

// This file implements the time limits of 中华人民共和国行政复议法 (revised
// 2023-09-01) 第二十条、第三十条、第六十二条 and 中华人民共和国行政诉讼法
// (revised 2017-06-27) 第八十一条、第八十三条、第八十八条.

import (
	"fmt"
	"slices"

	"github.com/fazhi-go/fazhi/lawgov"
)

// The rules of the deadline checks, in catalogue order.
var (
	// RuleApplicationWindow: 「可以自知道或者应当知道该行政行为之日起六十日内
	// 提出行政复议申请」; time lost to force majeure or another proper reason
	// is not counted: 「申请期限自障碍消除之日起继续计算」 (行政复议法 第二十条
	// 第一款、第二款). Sixty days are calendar days (第八十八条).
	RuleApplicationWindow = lawgov.Rule{
		ID: "casework.application-window", Title: "行政复议申请期限",
		Basis: []lawgov.Citation{
			lawgov.AdministrativeReconsiderationLaw.Cite(20, 1, 0),
			lawgov.AdministrativeReconsiderationLaw.Cite(20, 2, 0),
			lawgov.AdministrativeReconsiderationLaw.Art(88),
		},
		Severity: lawgov.Warning,
	}
	// RuleAcceptanceReview: the reconsideration body 「应当在五日内进行审查」;
	// if it does not decide, the application is deemed accepted when the
	// review period ends (第三十条第一款、第三款). Five days are working days
	// (第八十八条).
	RuleAcceptanceReview = lawgov.Rule{
		ID: "casework.acceptance-review", Title: "行政复议受理审查期限",
		Basis: []lawgov.Citation{
			lawgov.AdministrativeReconsiderationLaw.Art(30),
			lawgov.AdministrativeReconsiderationLaw.Art(88),
		},
		Severity: lawgov.Violation,
	}
	// RuleDecisionPeriod: 「自受理申请之日起六十日内作出行政复议决定」, extended
	// with approval by 「最多不得超过三十日」; under the simplified procedure
	// 「三十日内」 (第六十二条). Suspension (中止, 第三十九条) stops the clock;
	// that effect is implied, not stated.
	RuleDecisionPeriod = lawgov.Rule{
		ID: "casework.decision-period", Title: "行政复议决定期限",
		Basis: []lawgov.Citation{
			lawgov.AdministrativeReconsiderationLaw.Cite(62, 1, 0),
			lawgov.AdministrativeReconsiderationLaw.Cite(62, 2, 0),
			lawgov.AdministrativeReconsiderationLaw.Art(39),
			lawgov.AdministrativeReconsiderationLaw.Art(88),
		},
		Severity: lawgov.Violation,
	}
	// RuleTrialPeriod: first instance 「应当在立案之日起六个月内作出第一审判决」
	// (第八十一条); simplified procedure 「立案之日起四十五日内审结」 (第八十三条);
	// appeal 「应当在收到上诉状之日起三个月内作出终审判决」 (第八十八条). Each
	// may be extended with approval.
	RuleTrialPeriod = lawgov.Rule{
		ID: "casework.trial-period", Title: "行政诉讼审理期限",
		Basis: []lawgov.Citation{
			lawgov.AdministrativeLitigationLaw.Art(81),
			lawgov.AdministrativeLitigationLaw.Art(83),
			lawgov.AdministrativeLitigationLaw.Art(88),
		},
		Severity: lawgov.Warning,
	}
)

var rules = []lawgov.Rule{RuleApplicationWindow, RuleAcceptanceReview, RuleDecisionPeriod, RuleTrialPeriod}

// Rules returns the catalogue of deadline rules, in the order checks report
// them. The result is a copy.
func Rules() []lawgov.Rule { return slices.Clone(rules) }

// rcLawDays returns 「n日」 as 行政复议法 第八十八条 counts it.
func rcLawDays(n int) lawgov.Period {
	return lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, n)
}

// CheckReconsideration applies the reconsideration time limits to c as of
// asOf, counting working days with cal: the application window, the
// acceptance review and the decision period. It returns one finding per
// rule, in catalogue order. It returns an error when c is invalid or the
// calendar has no data for a date it needs.
func CheckReconsideration(c Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	if err := c.Validate(); err != nil {
		return lawgov.Report{}, err
	}
	if cal == nil {
		return lawgov.Report{}, fmt.Errorf("casework: check reconsideration %q: nil calendar", c.ID)
	}
	rep := lawgov.Report{Subject: c.ID, AsOf: asOf}
	f, err := checkApplicationWindow(c, cal)
	if err != nil {
		return lawgov.Report{}, err
	}
	rep.Findings = append(rep.Findings, f)
	f, reviewEnd, err := checkAcceptanceReview(c, asOf, cal)
	if err != nil {
		return lawgov.Report{}, err
	}
	rep.Findings = append(rep.Findings, f)
	f, err = checkDecisionPeriod(c, asOf, reviewEnd, cal)
	if err != nil {
		return lawgov.Report{}, err
	}
	rep.Findings = append(rep.Findings, f)
	return rep, nil
}

func checkApplicationWindow(c Reconsideration, cal *lawgov.Calendar) (lawgov.Finding, error) {
	r := RuleApplicationWindow
	if c.Knew.IsZero() {
		return r.NotApplicable(c.ID, "未记录知道或者应当知道行政行为之日，无法计算申请期限"), nil
	}
	lost := 0
	for _, o := range c.Obstacles {
		lost += o.Days(c.Received)
	}
	end, _, err := cal.PeriodEnd(c.Knew.AddDays(lost), rcLawDays(60))
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("知道行政行为之日 %s，申请期限60日", c.Knew)
	if lost > 0 {
		msg += fmt.Sprintf("，扣除障碍期间%d日", lost)
	}
	msg += fmt.Sprintf("，届满 %s，收到申请 %s", end, c.Received)
	if c.Received.After(end) {
		return r.Fail(c.ID, msg+"，超过申请期限"), nil
	}
	return r.Pass(c.ID, msg), nil
}

// checkAcceptanceReview also returns the last day of the review period, on
// which silence becomes deemed acceptance.
func checkAcceptanceReview(c Reconsideration, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Finding, lawgov.Date, error) {
	r := RuleAcceptanceReview
	end, _, err := cal.PeriodEnd(c.Received, rcLawDays(5))
	if err != nil {
		return lawgov.Finding{}, lawgov.Date{}, err
	}
	msg := fmt.Sprintf("收到申请 %s，审查期限5个工作日，届满 %s", c.Received, end)
	decided, what := c.Accepted, "受理"
	if decided.IsZero() && (c.Outcome == NotAccepted || c.Outcome == Abandoned) {
		decided, what = c.Concluded, c.Outcome.Label()
	}
	switch {
	case !decided.IsZero() && decided.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，%s %s，超过审查期限", msg, what, decided)), end, nil
	case !decided.IsZero():
		return r.Pass(c.ID, fmt.Sprintf("%s，%s %s", msg, what, decided)), end, nil
	case asOf.After(end):
		return r.FailWith(lawgov.Warning, c.ID, fmt.Sprintf("%s，至 %s 未作出受理决定，审查期限届满之日起视为受理", msg, asOf)), end, nil
	}
	return r.Pass(c.ID, fmt.Sprintf("%s，至 %s 尚在审查期限内", msg, asOf)), end, nil
}

func checkDecisionPeriod(c Reconsideration, asOf, reviewEnd lawgov.Date, cal *lawgov.Calendar) (lawgov.Finding, error) {
	r := RuleDecisionPeriod
	if c.Outcome == NotAccepted || c.Outcome == Abandoned {
		return r.NotApplicable(c.ID, "案件未受理（"+c.Outcome.Label()+"），不计算决定期限"), nil
	}
	start, from := c.Accepted, "受理"
	if start.IsZero() {
		if !asOf.After(reviewEnd) && c.Concluded.IsZero() {
			return r.NotApplicable(c.ID, fmt.Sprintf("至 %s 尚未受理，决定期限未起算", asOf)), nil
		}
		start, from = reviewEnd, "视为受理"
	}
	days, note := 60+c.ExtensionDays, ""
	if c.ExtensionDays > 0 {
		note = fmt.Sprintf("（含延长%d日）", c.ExtensionDays)
	}
	if c.Procedure == Simplified {
		days, note = 30, "（简易程序）"
		if c.ExtensionDays > 0 {
			note = "（简易程序，不适用延长）"
		}
	}
	until := asOf
	if !c.Concluded.IsZero() {
		until = c.Concluded
	}
	stopped := 0
	for _, s := range c.Suspensions {
		stopped += s.Days(until)
	}
	end, _, err := cal.PeriodEnd(start.AddDays(stopped), rcLawDays(days))
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("%s %s，决定期限%d日%s", from, start, days, note)
	if stopped > 0 {
		msg += fmt.Sprintf("，中止%d日不计入", stopped)
	}
	msg += fmt.Sprintf("，届满 %s", end)
	switch {
	case !c.Concluded.IsZero() && c.Concluded.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，审结 %s，超过决定期限%d日", msg, c.Concluded, c.Concluded.DaysSince(end))), nil
	case !c.Concluded.IsZero():
		return r.Pass(c.ID, fmt.Sprintf("%s，审结 %s", msg, c.Concluded)), nil
	case asOf.After(end):
		return r.Fail(c.ID, fmt.Sprintf("%s，至 %s 仍未作出决定", msg, asOf)), nil
	}
	return r.Pass(c.ID, fmt.Sprintf("%s，至 %s 尚在期限内", msg, asOf)), nil
}

// CheckLitigation applies the trial period of the instance to l as of asOf:
// six months for an ordinary first instance, 45 days under the simplified
// procedure, three months on appeal. A retrial has no period in these
// articles and is not applicable. It returns an error when l is invalid or
// the calendar has no data for a date it needs.
func CheckLitigation(l Litigation, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	if err := l.Validate(); err != nil {
		return lawgov.Report{}, err
	}
	if cal == nil {
		return lawgov.Report{}, fmt.Errorf("casework: check litigation %q: nil calendar", l.ID)
	}
	rep := lawgov.Report{Subject: l.ID, AsOf: asOf}
	r := RuleTrialPeriod
	var p lawgov.Period
	switch {
	case l.Instance == Retrial:
		rep.Findings = append(rep.Findings, r.NotApplicable(l.ID, "再审案件不适用第八十一条、第八十三条、第八十八条的审理期限"))
		return rep, nil
	case l.Instance == SecondInstance:
		p = lawgov.Months(3)
	case l.Procedure == Simplified:
		p = lawgov.CalendarDays(45)
	default:
		p = lawgov.Months(6)
	}
	end, _, err := cal.PeriodEnd(l.Received, p)
	if err != nil {
		return lawgov.Report{}, err
	}
	msg := fmt.Sprintf("%s立案 %s，审理期限%s，届满 %s", l.Instance.Label(), l.Received, p, end)
	late := (!l.Concluded.IsZero() && l.Concluded.After(end)) || (l.Concluded.IsZero() && asOf.After(end))
	switch {
	case late && l.ExtensionApproved:
		msg += "，已经批准延长审理期限"
		if !l.Concluded.IsZero() {
			msg += fmt.Sprintf("，审结 %s", l.Concluded)
		}
		rep.Findings = append(rep.Findings, r.Pass(l.ID, msg))
	case late && !l.Concluded.IsZero():
		rep.Findings = append(rep.Findings, r.Fail(l.ID, fmt.Sprintf("%s，审结 %s，超过审理期限%d日且未记录批准延长", msg, l.Concluded, l.Concluded.DaysSince(end))))
	case late:
		rep.Findings = append(rep.Findings, r.Fail(l.ID, fmt.Sprintf("%s，至 %s 仍未审结且未记录批准延长", msg, asOf)))
	case !l.Concluded.IsZero():
		rep.Findings = append(rep.Findings, r.Pass(l.ID, fmt.Sprintf("%s，审结 %s", msg, l.Concluded)))
	default:
		rep.Findings = append(rep.Findings, r.Pass(l.ID, fmt.Sprintf("%s，至 %s 尚在期限内", msg, asOf)))
	}
	return rep, nil
}
