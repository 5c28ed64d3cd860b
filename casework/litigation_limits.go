package casework

// This file implements the litigation rules of 中华人民共和国行政诉讼法
// (revised 2017-06-27) 第三条第三款、第四十五条、第四十六条、第八十一条、
// 第八十三条、第八十八条, 最高人民法院关于适用《中华人民共和国行政诉讼法》的
// 解释 (法释〔2018〕1号) 第一百二十八条、第一百二十九条 and 最高人民法院关于
// 行政机关负责人出庭应诉若干问题的规定 (法释〔2020〕3号) 第二条、第四条.

import (
	"fmt"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
)

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
	if err := l.Validate(); err != nil {
		return lawgov.Report{}, err
	}
	if cal == nil {
		return lawgov.Report{}, fmt.Errorf("casework: check litigation %q: nil calendar", l.ID)
	}
	cal, use := cal.Observed() // notes a provisional year the periods touch
	k := alCheck{l: l, asOf: asOf, cal: cal}
	rep := lawgov.Report{Subject: l.ID, AsOf: asOf, Findings: make([]lawgov.Finding, 0, 5)}
	for _, step := range []func() (lawgov.Finding, error){
		k.trialPeriod, k.suitAfterReconsideration, k.directSuit, k.mandatoryAppearance, k.lawyerOnly,
	} {
		f, err := step()
		if err != nil {
			return lawgov.Report{}, fmt.Errorf("casework: check litigation %q: %w", l.ID, err)
		}
		rep.Findings = append(rep.Findings, f)
	}
	return use.Note(rep), nil
}

type alCheck struct {
	l    Litigation
	asOf lawgov.Date
	cal  *lawgov.Calendar
}

func (k *alCheck) rule(id lawgov.RuleID) lawgov.Rule { return catalogueRule(id) }

// trialPeriod: 行政诉讼法 第八十一条、第八十三条、第八十八条.
func (k *alCheck) trialPeriod() (lawgov.Finding, error) {
	l, r, asOf := k.l, k.rule(RuleTrialPeriod), k.asOf
	var p lawgov.Period
	switch {
	case l.Instance == Retrial:
		return r.NotApplicable(l.ID, "再审案件不适用第八十一条、第八十三条、第八十八条的审理期限"), nil
	case l.Instance == SecondInstance:
		p = lawgov.Months(3)
	case l.Procedure == Simplified:
		p = lawgov.CalendarDays(45)
	default:
		p = lawgov.Months(6)
	}
	end, _, err := k.cal.PeriodEnd(l.Received, p)
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("%s立案 %s，审理期限%s，届满 %s", l.Instance.Label(), l.Received, p, end)
	late := (!l.Concluded.IsZero() && l.Concluded.After(end)) || (l.Concluded.IsZero() && asOf.After(end))
	// 第八十三条 gives the simplified procedure forty-five days and, unlike
	// 第八十一条 and 第八十八条, no extension: a case unfit for it is turned
	// into the ordinary procedure (第八十四条).
	simplified := l.Instance == FirstInstance && l.Procedure == Simplified
	switch {
	case late && l.ExtensionApproved && simplified:
		msg += "，记录了批准延长，但简易程序的审理期限不得延长"
		if !l.Concluded.IsZero() {
			return r.Fail(l.ID, fmt.Sprintf("%s，审结 %s，超过审理期限%d日", msg, l.Concluded, l.Concluded.DaysSince(end))), nil
		}
		return r.Fail(l.ID, fmt.Sprintf("%s，至 %s 仍未审结", msg, asOf)), nil
	case late && l.ExtensionApproved:
		msg += "，已经批准延长审理期限"
		if !l.Concluded.IsZero() {
			msg += fmt.Sprintf("，审结 %s", l.Concluded)
		}
		return r.Pass(l.ID, msg), nil
	case late && !l.Concluded.IsZero():
		return r.Fail(l.ID, fmt.Sprintf("%s，审结 %s，超过审理期限%d日且未记录批准延长", msg, l.Concluded, l.Concluded.DaysSince(end))), nil
	case late:
		return r.Fail(l.ID, fmt.Sprintf("%s，至 %s 仍未审结且未记录批准延长", msg, asOf)), nil
	case !l.Concluded.IsZero():
		return r.Pass(l.ID, fmt.Sprintf("%s，审结 %s", msg, l.Concluded)), nil
	}
	return r.Pass(l.ID, fmt.Sprintf("%s，至 %s 尚在期限内", msg, asOf)), nil
}

// filed returns the day the suit was brought and how it is known.
func (k *alCheck) filed() (lawgov.Date, string) {
	if !k.l.Filed.IsZero() {
		return k.l.Filed, "起诉 " + k.l.Filed.String()
	}
	return k.l.Received, "未记录起诉之日，以立案 " + k.l.Received.String() + " 计"
}

// suitWindow checks that the suit was brought by the end of p from start.
func (k *alCheck) suitWindow(r lawgov.Rule, start lawgov.Date, what string, p lawgov.Period) (lawgov.Finding, error) {
	filed, how := k.filed()
	end, approx, err := periodEnd(k.cal, start, p, filed)
	if err != nil {
		return lawgov.Finding{}, err
	}
	msg := fmt.Sprintf("%s %s，起诉期限%s，届满 %s，%s", what, start, p, endText(end, approx), how)
	switch {
	case filed.After(end) && k.l.Filed.IsZero():
		// The suit is brought (起诉) on or before the day the court files
		// it (立案): counted from 立案 the suit is only possibly late.
		return r.Fail(k.l.ID, msg+"，未能确认超过起诉期限"), nil
	case filed.After(end):
		return r.Fail(k.l.ID, msg+"，超过起诉期限"), nil
	}
	return r.Pass(k.l.ID, msg), nil
}

// suitAfterReconsideration: 行政诉讼法 第四十五条.
func (k *alCheck) suitAfterReconsideration() (lawgov.Finding, error) {
	l, r := k.l, k.rule(RuleSuitAfterReconsideration)
	switch {
	case l.Instance != FirstInstance:
		return r.NotApplicable(l.ID, l.Instance.Label()+"不适用起诉期限"), nil
	case l.DecisionReceived.IsZero():
		return r.NotApplicable(l.ID, "未记录收到复议决定书之日"), nil
	}
	return k.suitWindow(r, l.DecisionReceived, "收到复议决定书", lawgov.CalendarDays(15))
}

// directSuit: 行政诉讼法 第四十六条第一款.
func (k *alCheck) directSuit() (lawgov.Finding, error) {
	l, r := k.l, k.rule(RuleDirectSuit)
	switch {
	case l.Instance != FirstInstance:
		return r.NotApplicable(l.ID, l.Instance.Label()+"不适用起诉期限"), nil
	case !l.DecisionReceived.IsZero():
		return r.NotApplicable(l.ID, "经行政复议后起诉，适用第四十五条"), nil
	case l.Knew.IsZero():
		return r.NotApplicable(l.ID, "未记录知道或者应当知道作出行政行为之日"), nil
	}
	return k.suitWindow(r, l.Knew, "知道作出行政行为", lawgov.Months(6))
}

// attendance renders who attended each hearing, e.g.
// 「2021-05-10 工作人员、律师」.
func attendance(hs []Hearing) string {
	parts := make([]string, 0, len(hs))
	for _, h := range hs {
		names := make([]string, 0, len(h.Attendees))
		for _, a := range h.Attendees {
			s := a.Role.Label()
			if a.IdentityUnproven {
				s += "（身份证明未补正）"
			}
			names = append(names, s)
		}
		if len(names) == 0 {
			names = append(names, "无人出庭")
		}
		parts = append(parts, h.Date.String()+" "+strings.Join(names, "、"))
	}
	return strings.Join(parts, "；")
}

// mandatoryAppearance: 行诉解释 第一百二十九条; 出庭应诉规定 第四条.
func (k *alCheck) mandatoryAppearance() (lawgov.Finding, error) {
	l, r := k.l, k.rule(RuleMandatoryAppearance)
	if l.AppearanceGround == AppearanceGroundUnspecified {
		return r.NotApplicable(l.ID, "不属于应当由负责人出庭应诉的案件"), nil
	}
	heard, appeared := l.Appearance()
	why := "案件" + l.AppearanceGround.Label() + "，负责人应当出庭"
	switch {
	case appeared:
		return r.Pass(l.ID, fmt.Sprintf("%s，开庭%d次（%s），负责人已出庭", why, len(l.Hearings), attendance(l.Hearings))), nil
	case heard:
		return r.Fail(l.ID, fmt.Sprintf("%s，开庭%d次（%s），负责人均未出庭", why, len(l.Hearings), attendance(l.Hearings))), nil
	case l.Concluded.IsZero():
		return r.Pass(l.ID, fmt.Sprintf("%s，至 %s 尚未开庭", why, k.asOf)), nil
	}
	return r.NotApplicable(l.ID, why+"，本审级未开庭审理"), nil
}

// lawyerOnly: 行政诉讼法 第三条第三款; 行诉解释 第一百二十八条.
func (k *alCheck) lawyerOnly() (lawgov.Finding, error) {
	l, r := k.l, k.rule(RuleLawyerOnly)
	if len(l.Hearings) == 0 {
		return r.NotApplicable(l.ID, "本审级未开庭"), nil
	}
	var only, nobody []string
	for _, h := range l.Hearings {
		lawyers := len(h.Attendees) > 0
		for _, a := range h.Attendees {
			lawyers = lawyers && a.Role == Lawyer
		}
		switch {
		case lawyers:
			only = append(only, h.Date.String())
		case len(h.Attendees) == 0:
			// 「不能出庭的，应当委托行政机关相应的工作人员出庭」 (第三条第三款):
			// a hearing nobody attended for the agency is not a pass either.
			nobody = append(nobody, h.Date.String())
		}
	}
	if len(only) > 0 || len(nobody) > 0 {
		var parts []string
		if len(only) > 0 {
			parts = append(parts, strings.Join(only, "、")+" 仅由律师出庭")
		}
		if len(nobody) > 0 {
			parts = append(parts, strings.Join(nobody, "、")+" 无人出庭")
		}
		return r.Fail(l.ID, fmt.Sprintf("开庭%d次，%s，负责人未出庭也未委托相应的工作人员出庭", len(l.Hearings), strings.Join(parts, "，"))), nil
	}
	return r.Pass(l.ID, fmt.Sprintf("开庭%d次（%s），均有负责人或者相应的工作人员出庭", len(l.Hearings), attendance(l.Hearings))), nil
}
