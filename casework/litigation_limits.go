package casework

// This file implements the litigation rules of 中华人民共和国行政诉讼法
// (revised 2017-06-27) 第三条第三款、第四十五条、第四十六条、第八十一条、
// 第八十三条、第八十八条, 最高人民法院关于适用《中华人民共和国行政诉讼法》的
// 解释 (法释〔2018〕1号) 第一百二十八条、第一百二十九条 and 最高人民法院关于
// 行政机关负责人出庭应诉若干问题的规定 (法释〔2020〕3号) 第二条、第四条.

import (
	"fmt"

	"github.com/fazhi-go/fazhi/lawgov"
)

// The positions of the rules of the litigation check, in the order of
// [LitigationRuleIDs]: the order of the catalogue, after the rules of the
// reconsideration check.
const (
	alTrialPeriod = iota
	alSuitAfterReconsideration
	alDirectSuit
	alMandatoryAppearance
	alLawyerOnly
	alRules // the number of rules
)

// alSteps are the rules of the litigation check, by position.
var alSteps = [alRules]func(*alCheck) error{
	(*alCheck).trialPeriod, (*alCheck).suitAfterReconsideration, (*alCheck).directSuit,
	(*alCheck).mandatoryAppearance, (*alCheck).lawyerOnly,
}

// CheckLitigation applies the litigation rules to the instance l as of
// asOf and returns one finding per rule in catalogue order: the trial
// period of the instance (six months for an ordinary first instance, 45
// days under the simplified procedure, three months on appeal; a retrial
// has none in these articles), the suit windows of 第四十五条 and
// 第四十六条 (first instance only), the appearance of the responsible
// person in a case that requires it, and no hearing attended by lawyers
// only. It returns an error when l is invalid or the calendar has no data
// for a date it needs.
func (lm Limits) CheckLitigation(l Litigation, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Report, error) {
	var r lawgov.Report
	err := lm.litigation(&l, asOf, cal, &r, nil)
	return r, err
}

// CheckLitigationInto is CheckLitigation writing into r, whose findings'
// memory it reuses when it is large enough (see
// [Limits.CheckReconsiderationInto]). The report's previous findings are
// overwritten; on error r is left empty.
func (lm Limits) CheckLitigationInto(r *lawgov.Report, l Litigation, asOf lawgov.Date, cal *lawgov.Calendar) error {
	if r == nil {
		return fmt.Errorf("casework: check litigation %q: nil report", l.ID)
	}
	if err := lm.litigation(&l, asOf, cal, r, nil); err != nil {
		*r = lawgov.Report{Findings: r.Findings[:0]}
		return err
	}
	return nil
}

// LitigationVerdict is CheckLitigation without the messages: the outcome
// of every rule, by its position in [LitigationRuleIDs], and the severity
// of each failure, exactly as the findings of CheckLitigation give them,
// and the same errors. It allocates nothing (but for a calendar with
// provisional years, see [lawgov.Verdict.Provisional]).
func (lm Limits) LitigationVerdict(l Litigation, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Verdict, error) {
	var v lawgov.Verdict
	err := lm.litigation(&l, asOf, cal, nil, &v)
	return v, err
}

// litigation is CheckLitigation (into r) or LitigationVerdict (into v). l
// is the caller's copy.
func (lm Limits) litigation(l *Litigation, asOf lawgov.Date, cal *lawgov.Calendar, r *lawgov.Report, v *lawgov.Verdict) error {
	if err := l.Validate(); err != nil {
		return err
	}
	if cal == nil {
		return fmt.Errorf("casework: check litigation %q: nil calendar", l.ID)
	}
	cal, use := cal.Observed() // notes a provisional year the periods touch
	run := getLimitsRun()
	defer run.release()
	k := &run.al
	*k = alCheck{l: *l, asOf: asOf, cal: cal, b: &run.b}
	k.rules = run.prepare(rcRules, alRules, r == nil)
	for _, step := range alSteps {
		if err := step(k); err != nil {
			return fmt.Errorf("casework: check litigation %q: %w", l.ID, err)
		}
	}
	return run.finish(r, v, use, l.ID, asOf, "litigation")
}

type alCheck struct {
	l     Litigation
	asOf  lawgov.Date
	cal   *lawgov.Calendar
	rules []lawgov.Rule // by position
	b     *lawgov.ReportBuilder
}

// begin starts the finding of the rule at position pos.
func (k *alCheck) begin(pos int) *lawgov.ReportBuilder {
	return k.b.Begin(pos, &k.rules[pos], k.l.ID)
}

// trialPeriod: 行政诉讼法 第八十一条、第八十三条、第八十八条.
func (k *alCheck) trialPeriod() error {
	l, asOf := &k.l, k.asOf
	b := k.begin(alTrialPeriod)
	var p lawgov.Period
	switch {
	case l.Instance == Retrial:
		b.Text("再审案件不适用第八十一条、第八十三条、第八十八条的审理期限").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	case l.Instance == SecondInstance:
		p = lawgov.Months(3)
	case l.Procedure == Simplified:
		p = lawgov.CalendarDays(45)
	default:
		p = lawgov.Months(6)
	}
	end, _, err := k.cal.PeriodEnd(l.Received, p)
	if err != nil {
		return err
	}
	b.Text(l.Instance.Label()).Text("立案 ").Date(l.Received).Text("，审理期限").Period(p).Text("，届满 ").Date(end)
	late := (!l.Concluded.IsZero() && l.Concluded.After(end)) || (l.Concluded.IsZero() && asOf.After(end))
	// 第八十三条 gives the simplified procedure forty-five days and, unlike
	// 第八十一条 and 第八十八条, no extension: a case unfit for it is turned
	// into the ordinary procedure (第八十四条).
	simplified := l.Instance == FirstInstance && l.Procedure == Simplified
	switch {
	case late && l.ExtensionApproved && simplified:
		b.Text("，记录了批准延长，但简易程序的审理期限不得延长")
		if !l.Concluded.IsZero() {
			b.Text("，审结 ").Date(l.Concluded).Text("，超过审理期限").Int(l.Concluded.DaysSince(end)).Text("日")
		} else {
			b.Text("，至 ").Date(asOf).Text(" 仍未审结")
		}
		b.Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case late && l.ExtensionApproved:
		b.Text("，已经批准延长审理期限")
		if !l.Concluded.IsZero() {
			b.Text("，审结 ").Date(l.Concluded)
		}
		b.Judge(lawgov.Pass, lawgov.Notice)
	case late && !l.Concluded.IsZero():
		b.Text("，审结 ").Date(l.Concluded).Text("，超过审理期限").Int(l.Concluded.DaysSince(end)).Text("日且未记录批准延长").
			Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case late:
		b.Text("，至 ").Date(asOf).Text(" 仍未审结且未记录批准延长").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case !l.Concluded.IsZero():
		b.Text("，审结 ").Date(l.Concluded).Judge(lawgov.Pass, lawgov.Notice)
	default:
		b.Text("，至 ").Date(asOf).Text(" 尚在期限内").Judge(lawgov.Pass, lawgov.Notice)
	}
	return nil
}

// filed returns the day the suit was brought.
func (k *alCheck) filed() lawgov.Date {
	if !k.l.Filed.IsZero() {
		return k.l.Filed
	}
	return k.l.Received
}

// filedText writes the day the suit was brought and how it is known.
func (k *alCheck) filedText(b *lawgov.ReportBuilder) *lawgov.ReportBuilder {
	if !k.l.Filed.IsZero() {
		return b.Text("起诉 ").Date(k.l.Filed)
	}
	return b.Text("未记录起诉之日，以立案 ").Date(k.l.Received).Text(" 计")
}

// suitWindow checks, in the finding b began, that the suit was brought by
// the end of p from start.
func (k *alCheck) suitWindow(b *lawgov.ReportBuilder, start lawgov.Date, what string, p lawgov.Period) error {
	filed := k.filed()
	end, approx, err := periodEnd(k.cal, start, p, filed)
	if err != nil {
		return err
	}
	b.Text(what).Text(" ").Date(start).Text("，起诉期限").Period(p).Text("，届满 ")
	k.filedText(endText(b, end, approx).Text("，"))
	switch {
	case filed.After(end) && k.l.Filed.IsZero():
		// The suit is brought (起诉) on or before the day the court files
		// it (立案): counted from 立案 the suit is only possibly late.
		b.Text("，未能确认超过起诉期限").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case filed.After(end):
		b.Text("，超过起诉期限").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	default:
		b.Judge(lawgov.Pass, lawgov.Notice)
	}
	return nil
}

// suitAfterReconsideration: 行政诉讼法 第四十五条.
func (k *alCheck) suitAfterReconsideration() error {
	l := &k.l
	b := k.begin(alSuitAfterReconsideration)
	switch {
	case l.Instance != FirstInstance:
		b.Text(l.Instance.Label()).Text("不适用起诉期限").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	case l.DecisionReceived.IsZero():
		b.Text("未记录收到复议决定书之日").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	return k.suitWindow(b, l.DecisionReceived, "收到复议决定书", lawgov.CalendarDays(15))
}

// directSuit: 行政诉讼法 第四十六条第一款.
func (k *alCheck) directSuit() error {
	l := &k.l
	b := k.begin(alDirectSuit)
	switch {
	case l.Instance != FirstInstance:
		b.Text(l.Instance.Label()).Text("不适用起诉期限").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	case !l.DecisionReceived.IsZero():
		b.Text("经行政复议后起诉，适用第四十五条").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	case l.Knew.IsZero():
		b.Text("未记录知道或者应当知道作出行政行为之日").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	return k.suitWindow(b, l.Knew, "知道作出行政行为", lawgov.Months(6))
}

// attendance writes who attended each hearing, e.g.
// 「2021-05-10 工作人员、律师」; nothing for a builder that keeps only the
// verdict.
func attendance(b *lawgov.ReportBuilder, hs []Hearing) *lawgov.ReportBuilder {
	if b.VerdictOnly() {
		return b
	}
	for i, h := range hs {
		if i > 0 {
			b.Text("；")
		}
		b.Date(h.Date).Text(" ")
		if len(h.Attendees) == 0 {
			b.Text("无人出庭")
		}
		for j, a := range h.Attendees {
			if j > 0 {
				b.Text("、")
			}
			b.Text(a.Role.Label())
			if a.IdentityUnproven {
				b.Text("（身份证明未补正）")
			}
		}
	}
	return b
}

// mandatoryAppearance: 行诉解释 第一百二十九条; 出庭应诉规定 第四条.
func (k *alCheck) mandatoryAppearance() error {
	l := &k.l
	b := k.begin(alMandatoryAppearance)
	if l.AppearanceGround == AppearanceGroundUnspecified {
		b.Text("不属于应当由负责人出庭应诉的案件").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	heard, appeared := l.Appearance()
	b.Text("案件").Text(l.AppearanceGround.Label()).Text("，负责人应当出庭")
	switch {
	case appeared:
		attendance(b.Text("，开庭").Int(len(l.Hearings)).Text("次（"), l.Hearings).Text("），负责人已出庭").Judge(lawgov.Pass, lawgov.Notice)
	case heard:
		attendance(b.Text("，开庭").Int(len(l.Hearings)).Text("次（"), l.Hearings).Text("），负责人均未出庭").Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	case l.Concluded.IsZero():
		b.Text("，至 ").Date(k.asOf).Text(" 尚未开庭").Judge(lawgov.Pass, lawgov.Notice)
	default:
		b.Text("，本审级未开庭审理").Judge(lawgov.NotApplicable, lawgov.Notice)
	}
	return nil
}

// Who attended a hearing for the agency, for the bar on lawyers only.
const (
	hearingAttended   = iota // the responsible person or a member of staff, among others
	hearingLawyerOnly        // lawyers only
	hearingNobody            // nobody
)

// hearingAttendance returns who attended h.
func hearingAttendance(h Hearing) int {
	if len(h.Attendees) == 0 {
		// 「不能出庭的，应当委托行政机关相应的工作人员出庭」 (第三条第三款):
		// a hearing nobody attended for the agency is not a pass either.
		return hearingNobody
	}
	for _, a := range h.Attendees {
		if a.Role != Lawyer {
			return hearingAttended
		}
	}
	return hearingLawyerOnly
}

// hearingDates writes the dates of the hearings with attendance kind,
// separated by 「、」.
func hearingDates(b *lawgov.ReportBuilder, hs []Hearing, kind int) {
	first := true
	for _, h := range hs {
		if hearingAttendance(h) != kind {
			continue
		}
		if !first {
			b.Text("、")
		}
		b.Date(h.Date)
		first = false
	}
}

// lawyerOnly: 行政诉讼法 第三条第三款; 行诉解释 第一百二十八条.
func (k *alCheck) lawyerOnly() error {
	l := &k.l
	b := k.begin(alLawyerOnly)
	if len(l.Hearings) == 0 {
		b.Text("本审级未开庭").Judge(lawgov.NotApplicable, lawgov.Notice)
		return nil
	}
	only, nobody := false, false
	for _, h := range l.Hearings {
		switch hearingAttendance(h) {
		case hearingLawyerOnly:
			only = true
		case hearingNobody:
			nobody = true
		}
	}
	if !only && !nobody {
		attendance(b.Text("开庭").Int(len(l.Hearings)).Text("次（"), l.Hearings).Text("），均有负责人或者相应的工作人员出庭").
			Judge(lawgov.Pass, lawgov.Notice)
		return nil
	}
	if !b.VerdictOnly() {
		b.Text("开庭").Int(len(l.Hearings)).Text("次，")
		if only {
			hearingDates(b, l.Hearings, hearingLawyerOnly)
			b.Text(" 仅由律师出庭")
		}
		if only && nobody {
			b.Text("，")
		}
		if nobody {
			hearingDates(b, l.Hearings, hearingNobody)
			b.Text(" 无人出庭")
		}
		b.Text("，负责人未出庭也未委托相应的工作人员出庭")
	}
	b.Judge(lawgov.Fail, lawgov.SeverityUnspecified)
	return nil
}
