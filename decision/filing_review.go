// This file implements the follow-ups of filing a 规章 under 法规规章备案审查条例
// (国务院令第789号, 2024-08-30), in force from 2024-11-01: 第九条第二款,
// 第二十一条 and 第二十二条.

package decision

import (
	"fmt"
	"strconv"

	"github.com/fazhi-go/fazhi/lawgov"
)

// followUp judges a duty of 法规规章备案审查条例 (2024) to act within days
// calendar days of receiving a notice (start day excluded, a rest-day last
// day rolled forward): 第九条第二款 (15 days to supplement or resubmit a
// deferred filing) and 第二十一条 (30 days to report how a correction was
// handled). It applies to 规章 only, and to notices received from
// 2024-11-01, when the regulation took effect (第二十六条).
func followUp(doc Document, notified, answered lawgov.Date, days int, notice, act string, asOf lawgov.Date, cal *lawgov.Calendar) (lawgov.Outcome, string, error) {
	switch {
	case doc.Kind != GovernmentRule:
		return lawgov.NotApplicable, "非规章，不适用《法规规章备案审查条例》", nil
	case notified.IsZero():
		return lawgov.NotApplicable, "未" + notice, nil
	case notified.Before(filingReviewEffective):
		return lawgov.NotApplicable, notified.String() + " " + notice + "，早于《法规规章备案审查条例》施行日 2024-11-01，不适用", nil
	}
	due, _, err := cal.PeriodEnd(notified, lawgov.CalendarDays(days))
	if err != nil {
		return lawgov.OutcomeUnspecified, "", err
	}
	m := notified.String() + " " + notice + "，应当于 " + due.String() + " 前" + act
	switch {
	case answered.IsZero() && asOf.After(due):
		return lawgov.Fail, m + "，截至 " + asOf.String() + " 未" + act, nil
	case answered.IsZero():
		return lawgov.NotApplicable, m + "，截至 " + asOf.String() + " 尚未届满", nil
	case answered.After(due):
		return lawgov.Fail, m + "，" + answered.String() + " 才" + act, nil
	}
	return lawgov.Pass, m + "，" + answered.String() + " " + act, nil
}

// RuleAnnualList is the rule of CheckAnnualList.
const RuleAnnualList lawgov.RuleID = "decision.rule-annual-list"

var annualListRule = lawgov.Rule{
	ID: RuleAnnualList, Title: "每年1月31日前报送上一年规章目录", Severity: lawgov.Violation,
	Basis: []lawgov.Citation{filingReview2024(22, 0), filingReview2024(26, 0)},
}

// CheckAnnualList judges, for the 规章 made in year, the duty of 法规规章备案审查条例
// 第二十二条: 「法规、规章的制定机关应当于每年1月31日前将上一年所制定的法规、规章目录报
// 国务院备案审查工作机构」. The date is fixed, not a period, so it does not
// roll forward over a rest day. submitted is the day the list was sent,
// zero if not yet. maker names the rule-making body, the finding's subject.
// Lists due before the regulation took effect on 2024-11-01 (year 2023 and
// earlier) are not applicable.
func CheckAnnualList(maker string, year int, submitted, asOf lawgov.Date) (lawgov.Finding, error) {
	due, err := lawgov.NewDate(year+1, 1, 31)
	if err != nil {
		return lawgov.Finding{}, fmt.Errorf("decision: check annual list %q: year %d: %w", maker, year, err)
	}
	y := strconv.Itoa(year)
	switch {
	case due.Before(filingReviewEffective):
		return annualListRule.NotApplicable(maker, y+"年规章目录应于 "+due.String()+" 前报送，早于《法规规章备案审查条例》施行日 2024-11-01，不适用"), nil
	case submitted.IsZero() && asOf.After(due):
		return annualListRule.Fail(maker, y+"年规章目录应于 "+due.String()+" 前报送，截至 "+asOf.String()+" 未报送"), nil
	case submitted.IsZero():
		return annualListRule.NotApplicable(maker, y+"年规章目录应于 "+due.String()+" 前报送，截至 "+asOf.String()+" 尚未届满"), nil
	case submitted.After(due):
		return annualListRule.Fail(maker, y+"年规章目录应于 "+due.String()+" 前报送，"+submitted.String()+" 才报送"), nil
	}
	return annualListRule.Pass(maker, y+"年规章目录于 "+submitted.String()+" 报送，期限 "+due.String()), nil
}
