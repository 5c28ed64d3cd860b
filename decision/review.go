// This file holds the rules of 重大行政决策程序暂行条例 (国务院令第713号, 2019)
// on the legality review: 第二十五条至第二十八条.

package decision

import "github.com/fazhi-go/fazhi/lawgov"

// checkReview: 第二十五条 — a legality review before discussion, not replaced
// by a comment round (第一款), that finds the draft lawful; a draft found
// unlawful may go to the meeting only as an exploratory reform matter whose
// legal risk is stated (第二款). An opinion that lacks a conclusion of
// 第二十七条 cannot be taken as finding the draft lawful. A draft found
// unlawful fails the gate with a warning: it is to be revised, not yet a
// breach.
func checkReview(c *run) lawgov.Outcome {
	r := c.d.Review
	if r == nil {
		c.m.s("决策草案未送请合法性审查")
		c.pending = true
		return lawgov.Fail
	}
	if r.Reviewer != "" {
		c.m.s(r.Reviewer)
	}
	c.m.s("于 ").d(r.Submitted).s(" 受理审查")
	if r.ByCommentRound {
		// 第二十五条第一款: 「不得以征求意见等方式代替合法性审查」.
		c.m.s("，但仅以征求意见方式代替合法性审查")
		return lawgov.Fail
	}
	if r.Opinion.IsZero() {
		c.m.s("，截至 ").d(c.asOf).s(" 尚未出具审查意见")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("，").d(r.Opinion).s(" 出具审查意见：")
	conclusion(&c.m, r)
	switch {
	case r.Lawful():
		return lawgov.Pass
	case r.Complete() && r.Exploratory && r.LegalRiskStated:
		// 第二十五条第二款 second sentence.
		c.m.s("；属国家尚无明确规定的探索性改革决策事项，已明示法律风险")
		return lawgov.Pass
	}
	c.sev = lawgov.Warning
	if r.Complete() {
		c.m.s("，应当调整决策草案后重新送请审查")
	} else {
		c.m.s("，审查意见不完整，不能认定合法")
	}
	return lawgov.Fail
}

// conclusion writes what the opinion of r concluded: 合法, 不合法 with the
// points found non-compliant, or the conclusions it does not state.
func conclusion(m *msg, r *LegalityReview) {
	points := [...]struct {
		v     Verdict
		label string
	}{{r.Authority, "法定权限"}, {r.Procedure, "法定程序"}, {r.Content, "内容"}}
	if !r.Complete() {
		m.s("未载明")
		n := 0
		for _, x := range points {
			if x.v == VerdictUnspecified {
				if n > 0 {
					m.s("、")
				}
				m.s(x.label)
				n++
			}
		}
		m.s("结论")
		return
	}
	if r.Authority == Compliant && r.Procedure == Compliant && r.Content == Compliant {
		m.s("合法")
		return
	}
	m.s("不合法（")
	n := 0
	for _, x := range points {
		if x.v == NonCompliant {
			if n > 0 {
				m.s("、")
			}
			m.s(x.label).s("不符合")
			n++
		}
	}
	m.s("）")
}

// checkReviewPrerequisites: the seed gate 「未按规定履行公众参与、专家论证、风险评估等程序
// 一律不予合法性审查」 (鄂尔多斯 2021; 内蒙古 2018 「必经程序」) on 第十四条, 第十九条,
// 第二十二条 and 第二十五条: every required earlier step is done before the draft
// is submitted for review.
func checkReviewPrerequisites(c *run) lawgov.Outcome {
	d, r := c.d, c.d.Review
	if r == nil {
		c.m.s("决策草案未送请合法性审查")
		return lawgov.NotApplicable
	}
	missing, late := 0, 0
	c.m.s("送请合法性审查（").d(r.Submitted).s("）前")
	note := func(done bool, label string, finished lawgov.Date) {
		switch {
		case !done:
			if missing+late == 0 {
				c.m.s("未履行")
			} else {
				c.m.s("；未履行")
			}
			c.m.s(label)
			missing++
		case finished.After(r.Submitted):
			if missing+late > 0 {
				c.m.s("；")
			}
			c.m.s(label).s("至 ").d(finished).s(" 才完成")
			late++
		}
	}
	if !d.NonPublic {
		var end lawgov.Date
		if d.Participation != nil {
			end = d.Participation.CallClosed
		}
		note(d.Participation != nil, "公众参与", end)
	}
	if d.Technical || d.Experts != nil {
		var end lawgov.Date
		if d.Experts != nil {
			end = d.Experts.Completed
		}
		note(d.Experts != nil, "专家论证", end)
	}
	if d.StabilityRisk || d.Risk != nil {
		var end lawgov.Date
		if d.Risk != nil {
			end = d.Risk.Completed
		}
		note(d.Risk != nil, "风险评估", end)
	}
	if missing+late > 0 {
		c.m.s("，一律不予合法性审查")
		return lawgov.Fail
	}
	c.m.s("已履行")
	n := 0
	if !d.NonPublic {
		c.m.s("公众参与")
		n++
	}
	if d.Experts != nil {
		if n > 0 {
			c.m.s("、")
		}
		c.m.s("专家论证")
		n++
	}
	if d.Risk != nil {
		if n > 0 {
			c.m.s("、")
		}
		c.m.s("风险评估")
		n++
	}
	if n == 0 {
		c.m.s("全部必经程序（本事项无需公众参与、专家论证、风险评估）")
	}
	return lawgov.Pass
}

// checkReviewTime: 第二十六条第二款 — 「送请合法性审查，应当保证必要的审查时间，一般
// 不少于7个工作日」, a duty of the sender: the working days left to the
// reviewer from the day after the draft was sent to the meeting, counted on
// the official calendar. The 「一般」 exception needs a reason recorded when
// the draft was sent. A comment round is no review (第二十五条第一款), so it
// has no review time. That the time runs to the meeting, not to the
// opinion, is this package's reading: the text names no end (R).
func checkReviewTime(c *run) lawgov.Outcome {
	r, m := c.d.Review, c.d.Discussion
	switch {
	case r == nil:
		c.m.s("决策草案未送请合法性审查，审查时间无从计算")
		return lawgov.NotApplicable
	case r.ByCommentRound:
		c.m.s("仅以征求意见方式代替合法性审查，征求意见时间不计为审查时间（第二十五条第一款）")
		return lawgov.NotApplicable
	}
	min := c.p.reviewDays
	c.m.d(r.Submitted).s(" 送审")
	if !r.Opinion.IsZero() {
		n, err := c.cal.WorkdaysBetween(r.Submitted, r.Opinion)
		if err != nil {
			c.err = err
			return lawgov.OutcomeUnspecified
		}
		c.m.s("，").d(r.Opinion).s(" 出具审查意见（用时").n(n).s("个工作日）")
	}
	end := c.asOf
	switch {
	case m != nil && m.Held.Before(r.Submitted):
		c.m.s("，但决策草案已于 ").d(m.Held).s(" 提交讨论，早于送审日，未留出审查时间")
		return lawgov.Fail
	case m != nil:
		end = m.Held
	case c.d.Reached(StageDiscussion, c.asOf):
		c.m.s("；未召开会议，留给审查的时间无从计算")
		return lawgov.NotApplicable
	case end.Before(r.Submitted):
		end = r.Submitted
	}
	n, err := c.cal.WorkdaysBetween(r.Submitted, end)
	if err != nil {
		c.err = err
		return lawgov.OutcomeUnspecified
	}
	if m == nil {
		c.m.s("，尚未提交讨论；截至 ").d(end).s(" 已留出").n(n).s("个工作日")
		if n >= min {
			c.m.s("，不少于").n(min).s("个工作日")
			return lawgov.Pass
		}
		c.m.s("，提交讨论前应当保证不少于").n(min).s("个工作日")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("，").d(m.Held).s(" 提交讨论，留给审查的时间").n(n).s("个工作日")
	if n >= min {
		c.m.s("，不少于").n(min).s("个工作日")
		return lawgov.Pass
	}
	c.m.s("，少于").n(min).s("个工作日")
	if r.ShortTimeReason != "" {
		c.m.s("；送审时已说明理由「").s(r.ShortTimeReason).s("」")
		return lawgov.Pass
	}
	c.m.s("，且送审时未说明理由")
	return lawgov.Fail
}

// checkReviewContent: 第二十七条 (conclusions on authority, procedure and
// content) and 第二十八条 (legal advisers' and public-sector lawyers' opinions).
func checkReviewContent(c *run) lawgov.Outcome {
	r := c.d.Review
	if r == nil || r.Opinion.IsZero() || r.ByCommentRound {
		c.m.s("尚无合法性审查意见")
		return lawgov.NotApplicable
	}
	ok := true
	c.m.s("审查意见：法定权限").s(verdictLabel(r.Authority)).s("，法定程序").s(verdictLabel(r.Procedure)).
		s("，内容").s(verdictLabel(r.Content))
	if !r.Complete() {
		c.m.s("，审查意见未载明全部三项结论")
		ok = false
	}
	if len(r.AdviserOpinions) == 0 {
		c.m.s("；未组织法律顾问、公职律师提出意见")
		ok = false
	} else {
		c.m.s("；法律顾问、公职律师意见").n(len(r.AdviserOpinions)).s("份")
	}
	return outcome(ok)
}

func verdictLabel(v Verdict) string {
	if v == VerdictUnspecified {
		return "未载明"
	}
	return v.Label()
}

// checkDiscussionPrerequisite: 第二十五条第二款 — 「决策草案未经合法性审查或者经审查不合法的，
// 不得提交决策机关讨论」, except an exploratory reform matter whose legal risk is
// stated; 鄂尔多斯 2021 「未经合法性审查一律不上会研究」. Before the meeting the
// rule answers whether the draft may go to it.
func checkDiscussionPrerequisite(c *run) lawgov.Outcome {
	r, m := c.d.Review, c.d.Discussion
	ok := true
	switch {
	case r == nil || r.ByCommentRound:
		c.m.s("决策草案未经合法性审查")
		ok = false
	case r.Opinion.IsZero():
		c.m.s("合法性审查意见尚未出具")
		ok = false
	default:
		c.m.s("合法性审查意见（").d(r.Opinion).s("）：")
		conclusion(&c.m, r)
		switch {
		case r.Lawful():
		case r.Complete() && r.Exploratory && r.LegalRiskStated:
			// 第二十五条第二款 second sentence.
			c.m.s("；属国家尚无明确规定的探索性改革决策事项，已明示法律风险")
		case r.Complete() && r.Exploratory:
			c.m.s("；属探索性改革决策事项，但未明示法律风险")
			ok = false
		default:
			ok = false
		}
	}
	if m == nil {
		if ok {
			c.m.s("，可以提交决策机关讨论")
			return lawgov.Pass
		}
		c.m.s("，尚不得提交决策机关讨论")
		c.pending = true
		return lawgov.Fail
	}
	if ok && r.Opinion.After(m.Held) {
		c.m.s("，但晚于 ").d(m.Held).s(" 的会议，讨论时尚未经合法性审查")
		return lawgov.Fail
	}
	if ok {
		c.m.s("；").d(m.Held).s(" 提交讨论")
		return lawgov.Pass
	}
	c.m.s("，不得提交讨论，但已于 ").d(m.Held).s(" 提交").s(m.Kind.Label()).s("讨论")
	return lawgov.Fail
}
