// This file holds the rules of 重大行政决策程序暂行条例 (国务院令第713号, 2019)
// on issuing a decision: 第八条, 第三十一条至第三十三条.

package decision

import (
	"slices"

	"github.com/fazhi-go/fazhi/lawgov"
)

// checkPartyReport: 第三十一条 — report to the party committee at the same
// level before the decision is issued.
func checkPartyReport(c *run) lawgov.Outcome {
	p, pub := c.d.PartyReport, c.d.Publication
	if p == nil {
		c.m.s("未记录向同级党委请示报告")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("于 ").d(p.Reported).s(" 向同级党委请示报告")
	if pub != nil && p.Reported.After(pub.Published) {
		c.m.s("，晚于决策公布日 ").d(pub.Published)
		return lawgov.Fail
	}
	return lawgov.Pass
}

// checkPublication: 第三十二条 — a decision made is published through the
// gazette, the website, local newspapers and the like, unless it is
// lawfully not made public.
func checkPublication(c *run) lawgov.Outcome {
	d, p := c.d, c.d.Publication
	if d.NonPublic {
		c.m.s("决策事项依法不予公开，不予公布")
		return lawgov.NotApplicable
	}
	if p == nil {
		if d.Discussion == nil || d.Discussion.Ruling != Adopt {
			c.m.s("决策尚未作出，无需公布")
			return lawgov.NotApplicable
		}
		return c.timely(d.Discussion.Held, c.p.publishWithin, "公布")
	}
	c.m.d(p.Published).s(" 公布")
	if len(p.Channels) == 0 {
		c.m.s("，未记录公布途径")
		return lawgov.Fail
	}
	c.m.s("，途径：")
	for i, ch := range p.Channels {
		if i > 0 {
			c.m.s("、")
		}
		c.m.s(ch.Label())
	}
	return lawgov.Pass
}

// checkPublicationOrder: 第三十条第一款 and 第三十二条 — only a decision the chief
// made at the meeting is published, and not before the meeting. Before
// publication the rule answers whether the decision may be published.
func checkPublicationOrder(c *run) lawgov.Outcome {
	d, p, m := c.d, c.d.Publication, c.d.Discussion
	if d.NonPublic && p == nil {
		c.m.s("决策事项依法不予公开")
		return lawgov.NotApplicable
	}
	if p == nil {
		switch {
		case m == nil:
			c.m.s("尚未集体讨论决定，不得公布")
		case m.Ruling != Adopt:
			c.m.d(m.Held).s(" 会议行政首长决定").s(m.Ruling.Label()).s("，不得公布")
		default:
			c.m.s("决策于 ").d(m.Held).s(" 作出，可以公布")
			return lawgov.Pass
		}
		c.pending = true
		return lawgov.Fail
	}
	switch {
	case m == nil:
		c.m.s("决策于 ").d(p.Published).s(" 公布，但未经集体讨论决定")
		return lawgov.Fail
	case m.Ruling != Adopt:
		c.m.d(m.Held).s(" 会议行政首长决定").s(m.Ruling.Label()).s("，决策未作出，却于 ").d(p.Published).s(" 公布")
		return lawgov.Fail
	case p.Published.Before(m.Held):
		c.m.s("公布日 ").d(p.Published).s(" 早于决定日 ").d(m.Held)
		return lawgov.Fail
	}
	c.m.s("决定 ").d(m.Held).s("，公布 ").d(p.Published)
	return lawgov.Pass
}

// checkArchive: 第三十三条 — the records and materials of every step taken are
// archived once the decision is made.
func checkArchive(c *run) lawgov.Outcome {
	d, a := c.d, c.d.Archive
	if a == nil {
		if d.Discussion == nil {
			c.m.s("决策尚未作出，尚未归档")
			return lawgov.NotApplicable
		}
		return c.timely(d.Discussion.Held, c.p.archiveWithin, "归档")
	}
	c.m.d(a.Archived).s(" 归档")
	taken := [...]struct {
		done bool
		s    Step
	}{
		{d.Participation != nil, StepParticipation},
		{d.Hearing != nil, StepHearing},
		{d.Experts != nil, StepExperts},
		{d.Risk != nil, StepRisk},
		{d.Review != nil, StepReview},
		{d.Discussion != nil, StepDiscussion},
		{d.PartyReport != nil, StepPartyReport},
		{d.Publication != nil, StepPublication},
	}
	missing, n := 0, 0
	for _, t := range taken {
		if !t.done {
			continue
		}
		n++
		found := false
		for _, s := range a.Steps {
			if s == t.s {
				found = true
				break
			}
		}
		if !found {
			if missing == 0 {
				c.m.s("，缺少以下环节的记录：")
			} else {
				c.m.s("、")
			}
			c.m.s(t.s.Label())
			missing++
		}
	}
	if missing > 0 {
		return lawgov.Fail
	}
	c.m.s("，已履行的").n(n).s("个环节记录齐全")
	return lawgov.Pass
}

// checkCongressReport: 第八条第一款 — where laws or regulations put the matter
// before the people's congress or its standing committee, or require a
// report to the standing committee before issue, that is done before the
// decision is issued.
func checkCongressReport(c *run) lawgov.Outcome {
	d, k, pub := c.d, c.d.Congress, c.d.Publication
	if !d.CongressReport && k == nil {
		c.m.s("决策事项未标记为应当向本级人大常委会报告或者提请讨论决定的事项")
		return lawgov.NotApplicable
	}
	if k == nil {
		c.m.s("决策事项按照规定应当在出台前向本级人大常委会报告，未记录报告")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("于 ").d(k.Reported).s(" 向本级人大常委会报告")
	if pub != nil && k.Reported.After(pub.Published) {
		c.m.s("，晚于决策公布日 ").d(pub.Published)
		return lawgov.Fail
	}
	return lawgov.Pass
}

// checkPublicationChannels: 第三十二条 — 「通过本级人民政府公报和政府网站以及在本行政
// 区域内发行的报纸等途径及时公布」: the gazette and the website are named
// jointly (和), newspapers as one of the further channels (以及…等). A
// warning: the text lists channels rather than fixing a minimum.
func checkPublicationChannels(c *run) lawgov.Outcome {
	d, p := c.d, c.d.Publication
	if d.NonPublic || p == nil {
		c.m.s("决策未公布")
		return lawgov.NotApplicable
	}
	gazette, website := slices.Contains(p.Channels, Gazette), slices.Contains(p.Channels, Website)
	switch {
	case gazette && website:
		c.m.s("已通过本级人民政府公报和政府网站公布")
		return lawgov.Pass
	case gazette:
		c.m.s("未通过政府网站公布")
	case website:
		c.m.s("未通过本级人民政府公报公布")
	default:
		c.m.s("未通过本级人民政府公报和政府网站公布")
	}
	return lawgov.Fail
}

// checkPublicationExplanation: 第三十二条 — a decision of wide public concern or
// of a specialised or technical nature is published with an explanation of
// how the public's opinions and the experts' opinions were adopted.
func checkPublicationExplanation(c *run) lawgov.Outcome {
	d, p := c.d, c.d.Publication
	switch {
	case d.NonPublic || p == nil:
		c.m.s("决策未公布")
		return lawgov.NotApplicable
	case !d.WideConcern && !d.Technical:
		c.m.s("决策事项未标记为社会公众普遍关心或者专业性、技术性较强，无需专门说明采纳情况")
		return lawgov.NotApplicable
	case p.AdoptionExplained:
		c.m.s("公布时已说明公众意见、专家论证意见的采纳情况")
		return lawgov.Pass
	}
	c.m.s("决策事项")
	if d.WideConcern {
		c.m.s("社会公众普遍关心")
	} else {
		c.m.s("专业性、技术性较强")
	}
	c.m.s("，公布时未说明公众意见、专家论证意见的采纳情况")
	return lawgov.Fail
}

// timely judges a step that 第三十二条 and 第三十三条 want done 「及时」 after the
// decision of day decided and that has not been done as of the check date.
// Where the procedure fixes a period, the step is not yet due within it and
// a violation after it; where it does not, the finding is a notice stating
// the days elapsed.
func (c *run) timely(decided lawgov.Date, within lawgov.Period, what string) lawgov.Outcome {
	c.m.s("决策已于 ").d(decided).s(" 作出")
	if !within.IsValid() {
		c.m.s("，截至 ").d(c.asOf).s("（").n(c.asOf.DaysSince(decided)).s("日）尚未").s(what).s("，应当及时").s(what)
		c.sev = lawgov.Notice
		return lawgov.Fail
	}
	due, _, err := c.cal.PeriodEnd(decided, within)
	if err != nil {
		c.err = err
		return lawgov.OutcomeUnspecified
	}
	c.m.s("，应当于 ").d(due).s(" 前").s(what)
	if c.asOf.After(due) {
		c.m.s("，截至 ").d(c.asOf).s(" 未").s(what)
		return lawgov.Fail
	}
	c.m.s("，截至 ").d(c.asOf).s(" 尚未届满")
	return lawgov.NotApplicable
}
