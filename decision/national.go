// This file implements 重大行政决策程序暂行条例 (国务院令第713号), promulgated
// 2019-04-20, in force from 2019-09-01.

package decision

import (
	"sync"
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
)

// The IDs of the rules of the national procedure, in procedure order.
const (
	RuleScope                  lawgov.RuleID = "decision.scope"
	RuleCatalogue              lawgov.RuleID = "decision.catalogue"
	RuleLeadUnit               lawgov.RuleID = "decision.lead-unit"
	RulePublicParticipation    lawgov.RuleID = "decision.public-participation"
	RuleCommentPeriod          lawgov.RuleID = "decision.comment-period"
	RuleOpinionAdoption        lawgov.RuleID = "decision.opinion-adoption"
	RuleHearing                lawgov.RuleID = "decision.hearing"
	RuleExpertArgumentation    lawgov.RuleID = "decision.expert-argumentation"
	RuleExpertOpinions         lawgov.RuleID = "decision.expert-opinions"
	RuleRiskAssessment         lawgov.RuleID = "decision.risk-assessment"
	RuleRiskControl            lawgov.RuleID = "decision.risk-control"
	RuleLegalityReview         lawgov.RuleID = "decision.legality-review"
	RuleReviewPrerequisites    lawgov.RuleID = "decision.review-prerequisites"
	RuleReviewTime             lawgov.RuleID = "decision.review-time"
	RuleReviewContent          lawgov.RuleID = "decision.review-content"
	RuleDiscussionPrerequisite lawgov.RuleID = "decision.discussion-prerequisite"
	RuleCollectiveDiscussion   lawgov.RuleID = "decision.collective-discussion"
	RuleChiefSpeaksLast        lawgov.RuleID = "decision.chief-speaks-last"
	RuleMajorityReason         lawgov.RuleID = "decision.majority-reason"
	RuleDissentMinuted         lawgov.RuleID = "decision.dissent-minuted"
	RulePartyReport            lawgov.RuleID = "decision.party-report"
	RulePublication            lawgov.RuleID = "decision.publication"
	RulePublicationOrder       lawgov.RuleID = "decision.publication-after-decision"
	RuleArchive                lawgov.RuleID = "decision.archive"
	RulePostEvaluation         lawgov.RuleID = "decision.post-evaluation"
)

// National returns the procedure of 重大行政决策程序暂行条例 (国务院令第713号):
// 25 rules from scope (第二条, 第三条, 第四十二条) through the five gates
// (公众参与, 专家论证, 风险评估, 合法性审查, 集体讨论决定) to publication,
// archiving and post-evaluation (第三十六条), with a 30-day comment period
// (第十五条), 7 working days of legality review (第二十六条第二款), hearing
// materials 7 days ahead (第十六条), and the majority of 第三十条 counted over
// the members who took a position (VotesCast; the text does not define it).
// Every call returns the same immutable procedure.
func National() Procedure { return national() }

var national = sync.OnceValue(func() Procedure {
	return Procedure{
		name:        "重大行政决策程序暂行条例",
		basis:       lawgov.MajorDecisionRegulation.Citation(),
		effective:   lawgov.MustDate(2019, time.September, 1),
		commentDays: 30,
		reviewDays:  7,
		hearingDays: 7,
		majority:    VotesCast,
		steps:       nationalSteps(),
	}
})

func rule(id lawgov.RuleID, title string, sev lawgov.Severity, basis ...lawgov.Citation) lawgov.Rule {
	return lawgov.Rule{ID: id, Title: title, Severity: sev, Basis: basis}
}

func nationalSteps() []step {
	const V, W = lawgov.Violation, lawgov.Warning
	return []step{
		{rule: rule(RuleScope, "适用范围", V, mdr(2), mdrCite(3, 1, 0), mdrCite(3, 2, 0), mdr(42)), check: checkScope},
		{rule: rule(RuleCatalogue, "决策事项目录", V, mdrCite(3, 3, 0)), check: checkCatalogue},
		{rule: rule(RuleLeadUnit, "明确牵头承办单位", V, mdr(11)), check: checkLeadUnit},
		{rule: rule(RulePublicParticipation, "公众参与", V, mdr(14)), check: checkParticipation,
			gate: GateParticipation, requires: []Step{StepParticipation}, blocksDiscussion: true},
		{rule: rule(RuleCommentPeriod, "公开征求意见期限", V, mdr(15)), check: checkCommentPeriod, gate: GateParticipation},
		{rule: rule(RuleOpinionAdoption, "意见研究采纳情况", W, mdr(18), mdrCite(29, 0, 2)), check: checkAdoption, gate: GateParticipation},
		{rule: rule(RuleHearing, "听证会材料送达与名单公布", V, mdr(16)), check: checkHearing, gate: GateParticipation},
		{rule: rule(RuleExpertArgumentation, "专家论证", V, mdr(19)), check: checkExperts,
			gate: GateExperts, requires: []Step{StepExperts}, blocksDiscussion: true},
		{rule: rule(RuleExpertOpinions, "专家无直接利害关系且书面意见署名", V, mdr(19), mdr(20)), check: checkExpertOpinions, gate: GateExperts},
		{rule: rule(RuleRiskAssessment, "风险评估", V, mdr(22)), check: checkRisk,
			gate: GateRisk, requires: []Step{StepRisk}, blocksDiscussion: true},
		{rule: rule(RuleRiskControl, "风险不可控时调整决策草案", V, mdr(24)), check: checkRiskControl,
			gate: GateRisk, blocksPublication: true},
		{rule: rule(RuleLegalityReview, "合法性审查", V, mdrCite(25, 1, 0)), check: checkReview,
			gate: GateReview, requires: []Step{StepReview}, blocksDiscussion: true},
		{rule: rule(RuleReviewPrerequisites, "未履行公众参与、专家论证、风险评估等程序不予合法性审查", V,
			ordos2021, neimenggu2018, mdr(14), mdr(19), mdr(22), mdrCite(25, 1, 0)), check: checkReviewPrerequisites,
			gate: GateReview, requires: []Step{StepParticipation, StepExperts, StepRisk}, blocksDiscussion: true},
		{rule: rule(RuleReviewTime, "合法性审查时间", W, mdrCite(26, 2, 0)), check: checkReviewTime, gate: GateReview},
		{rule: rule(RuleReviewContent, "合法性审查内容与法律顾问意见", V, mdr(27), mdr(28)), check: checkReviewContent, gate: GateReview},
		{rule: rule(RuleDiscussionPrerequisite, "未经合法性审查或经审查不合法不得提交讨论", V, mdrCite(25, 2, 0), ordos2021),
			check: checkDiscussionPrerequisite, gate: GateDiscussion, requires: []Step{StepReview},
			blocksDiscussion: true, blocksPublication: true},
		{rule: rule(RuleCollectiveDiscussion, "集体讨论决定", V, mdrCite(30, 1, 0)), check: checkDiscussion,
			gate: GateDiscussion, requires: []Step{StepDiscussion}, blocksPublication: true},
		{rule: rule(RuleChiefSpeaksLast, "行政首长最后发表意见", V, mdrCite(30, 2, 0)), check: checkChiefLast, gate: GateDiscussion},
		{rule: rule(RuleMajorityReason, "与多数意见不一致时说明理由", V, mdrCite(30, 2, 0)), check: checkMajorityReason, gate: GateDiscussion},
		{rule: rule(RuleDissentMinuted, "不同意见如实载明", V, mdrCite(30, 3, 0)), check: checkDissent, gate: GateDiscussion},
		{rule: rule(RulePartyReport, "向同级党委请示报告", V, mdr(31)), check: checkPartyReport,
			requires: []Step{StepPartyReport}, blocksPublication: true},
		{rule: rule(RulePublication, "决策公布", V, mdr(32)), check: checkPublication, requires: []Step{StepPublication}},
		{rule: rule(RulePublicationOrder, "决策作出后公布", V, mdrCite(30, 1, 0), mdr(32)), check: checkPublicationOrder,
			requires: []Step{StepDiscussion}, blocksPublication: true},
		{rule: rule(RuleArchive, "决策过程记录和材料归档", V, mdr(33)), check: checkArchive, requires: []Step{StepArchive}},
		{rule: rule(RulePostEvaluation, "决策后评估", W, mdr(36)), check: checkEvaluation},
	}
}

// checkScope: 第二条 (county-level and above governments), 第三条第二款
// (exclusions), 第四十二条 (departments and townships 参照执行).
func checkScope(c *run) lawgov.Outcome {
	d := c.d
	if d.Exclusion != ExclusionUnspecified {
		// 第三条第二款
		c.m.s("决策事项属于").s(d.Exclusion.Label()).s("，依第三条第二款不适用本条例")
		return lawgov.NotApplicable
	}
	c.m.s("决策机关").s(d.Body.Name).s("为").s(d.Body.Level.Label())
	if d.Applicability() == Reference {
		// 第四十二条
		c.m.s("，参照本条例执行（第四十二条）")
	} else {
		c.m.s("，适用本条例（第二条）")
	}
	c.m.s("；事项类型：").s(d.Matter.Label())
	return lawgov.Pass
}

// checkCatalogue: 第三条第三款 — a catalogue is optional («可以»), but one in
// use is consented to by the party committee and published.
func checkCatalogue(c *run) lawgov.Outcome {
	k := c.d.Catalogue
	if !k.Listed {
		c.m.s("决策事项未列入决策事项目录（决策机关可以确定目录）")
		return lawgov.NotApplicable
	}
	c.m.s("列入决策事项目录")
	if k.Entry != "" {
		c.m.s("「").s(k.Entry).s("」")
	}
	ok := k.PartyCommitteeConsent && !k.Published.IsZero() && !k.Published.After(c.asOf)
	if k.PartyCommitteeConsent {
		c.m.s("，已经同级党委同意")
	} else {
		c.m.s("，未经同级党委同意")
	}
	if k.Published.IsZero() || k.Published.After(c.asOf) {
		c.m.s("，目录未向社会公布")
	} else {
		c.m.s("，目录于 ").d(k.Published).s(" 向社会公布")
	}
	return outcome(ok)
}

// checkLeadUnit: 第十一条 — two or more undertaking units need exactly one lead.
func checkLeadUnit(c *run) lawgov.Outcome {
	us := c.d.Units
	switch len(us) {
	case 0:
		c.m.s("未记录决策承办单位")
		return lawgov.Fail
	case 1:
		c.m.s("决策承办单位1个：").s(us[0].Name)
		return lawgov.Pass
	}
	leads, lead := 0, ""
	for _, u := range us {
		if u.Lead {
			leads++
			lead = u.Name
		}
	}
	c.m.s("决策承办单位").n(len(us)).s("个，明确牵头单位").n(leads).s("个")
	if leads == 1 {
		c.m.s("：").s(lead)
		return lawgov.Pass
	}
	c.m.s("，应当明确1个牵头的决策承办单位")
	return lawgov.Fail
}

// checkParticipation: 第十四条 — public participation unless the matter is
// lawfully not made public.
func checkParticipation(c *run) lawgov.Outcome {
	d := c.d
	if d.NonPublic {
		c.m.s("决策事项依法不予公开，不适用公众参与")
		return lawgov.NotApplicable
	}
	p := d.Participation
	if p == nil {
		c.m.s("未记录公众参与：决策事项未公开征求意见")
		return lawgov.Fail
	}
	c.m.s("征求意见 ").d(p.CallPublished).s(" 至 ").d(p.CallClosed)
	if len(p.Methods) > 0 {
		c.m.s("，方式：")
		for i, x := range p.Methods {
			if i > 0 {
				c.m.s("、")
			}
			c.m.s(x)
		}
	}
	c.m.s("，收到意见").n(p.OpinionsReceived).s("条")
	return lawgov.Pass
}

// checkCommentPeriod: 第十五条 — 「公开征求意见的期限一般不少于30日；因情况紧急等原因需要
// 缩短期限的，公开征求意见时应当予以说明」. Calendar days; the day of the call
// is not counted.
func checkCommentPeriod(c *run) lawgov.Outcome {
	p := c.d.Participation
	if c.d.NonPublic || p == nil {
		c.m.s("未公开征求意见，无期限可计")
		return lawgov.NotApplicable
	}
	days, min := p.CallClosed.DaysSince(p.CallPublished), c.p.commentDays
	c.m.s("征求意见 ").d(p.CallPublished).s(" 至 ").d(p.CallClosed).s("，共").n(days).s("日")
	if days >= min {
		c.m.s("，不少于").n(min).s("日")
		return lawgov.Pass
	}
	c.m.s("，少于").n(min).s("日")
	switch {
	case p.ShortenedReason == "" || p.ReasonStated.IsZero():
		c.m.s("，且未在征求意见时说明缩短理由")
		return lawgov.Fail
	case p.ReasonStated.After(p.CallPublished):
		c.m.s("；缩短理由「").s(p.ShortenedReason).s("」于 ").d(p.ReasonStated).s(" 才说明，晚于征求意见开始日")
		return lawgov.Fail
	}
	c.m.s("；已在征求意见时说明缩短理由「").s(p.ShortenedReason).s("」")
	return lawgov.Pass
}

// checkAdoption: 第十八条 and 第二十九条第(二)项 — the study and adoption of the
// public's opinions is recorded and goes to the meeting.
func checkAdoption(c *run) lawgov.Outcome {
	p := c.d.Participation
	if c.d.NonPublic || p == nil {
		c.m.s("未公开征求意见，无意见采纳情况")
		return lawgov.NotApplicable
	}
	c.m.s("收到意见").n(p.OpinionsReceived).s("条，")
	if p.AdoptionRecorded {
		c.m.s("研究采纳情况已记录")
		return lawgov.Pass
	}
	c.m.s("未记录研究采纳情况")
	return lawgov.Fail
}

// checkHearing: 第十六条 — a hearing is optional; when held, materials are
// delivered 7 days before (delivery on day −7 is in time, day −6 is late)
// and the participant list is published beforehand.
func checkHearing(c *run) lawgov.Outcome {
	h := c.d.Hearing
	if h == nil {
		c.m.s("未召开听证会（可以召开，非必经程序）")
		return lawgov.NotApplicable
	}
	ok := true
	min := c.p.hearingDays
	c.m.s("听证会 ").d(h.Held)
	if h.MaterialsDelivered.IsZero() {
		c.m.s("，未记录材料送达日期")
		ok = false
	} else {
		days := h.Held.DaysSince(h.MaterialsDelivered)
		c.m.s("，材料 ").d(h.MaterialsDelivered).s(" 送达，提前").n(days).s("日")
		if days >= min {
			c.m.s("，不少于").n(min).s("日")
		} else {
			c.m.s("，少于").n(min).s("日")
			ok = false
		}
	}
	if h.ParticipantsPublished.IsZero() || !h.ParticipantsPublished.Before(h.Held) {
		c.m.s("；听证参加人名单未提前向社会公布")
		ok = false
	} else {
		c.m.s("；参加人名单 ").d(h.ParticipantsPublished).s(" 公布")
	}
	return outcome(ok)
}

// checkExperts: 第十九条 — technical or specialised matters are argued by
// experts or professional bodies.
func checkExperts(c *run) lawgov.Outcome {
	e := c.d.Experts
	if e == nil {
		if !c.d.Technical {
			c.m.s("决策事项不属于专业性、技术性较强的事项，无需专家论证")
			return lawgov.NotApplicable
		}
		c.m.s("决策事项专业性、技术性较强，未组织专家论证")
		return lawgov.Fail
	}
	if len(e.Experts) == 0 {
		c.m.s("未记录论证专家、专业机构")
		return lawgov.Fail
	}
	c.m.s("专家、专业机构").n(len(e.Experts)).s("名论证，完成于 ").d(e.Completed)
	return lawgov.Pass
}

// checkExpertOpinions: 第二十条 (no expert with a direct interest) and
// 第十九条 (written opinions signed or sealed).
func checkExpertOpinions(c *run) lawgov.Outcome {
	e := c.d.Experts
	if e == nil || len(e.Experts) == 0 {
		c.m.s("未组织专家论证")
		return lawgov.NotApplicable
	}
	ok := true
	for _, x := range e.Experts {
		if x.DirectInterest {
			if ok {
				c.m.s("专家")
			} else {
				c.m.s("；专家")
			}
			c.m.s(x.Name).s("与决策事项有直接利害关系")
			ok = false
		}
	}
	for _, x := range e.Experts {
		if !x.Signed {
			if ok {
				c.m.s("专家")
			} else {
				c.m.s("；专家")
			}
			c.m.s(x.Name).s("的书面论证意见未署名、盖章")
			ok = false
		}
	}
	if ok {
		c.m.s("专家").n(len(e.Experts)).s("名均与决策事项无直接利害关系，书面论证意见均已署名")
	}
	return outcome(ok)
}

// checkRisk: 第二十二条 — a risk assessment, or an existing one referenced,
// for matters that may harm social stability or public safety.
func checkRisk(c *run) lawgov.Outcome {
	r := c.d.Risk
	if r == nil {
		if !c.d.StabilityRisk {
			c.m.s("决策实施未标记为可能对社会稳定、公共安全等方面造成不利影响，无需风险评估")
			return lawgov.NotApplicable
		}
		c.m.s("决策实施可能对社会稳定、公共安全等方面造成不利影响，未组织风险评估")
		return lawgov.Fail
	}
	if r.Existing != "" {
		c.m.s("已有风险评估「").s(r.Existing).s("」（").d(r.Completed).s("），不作重复评估")
	} else {
		c.m.s("风险评估完成于 ").d(r.Completed)
	}
	c.m.s("，结论：").s(r.Result.Label())
	return lawgov.Pass
}

// checkRiskControl: 第二十四条 — when the risk is uncontrollable, the draft is
// adjusted before the decision is made.
func checkRiskControl(c *run) lawgov.Outcome {
	r := c.d.Risk
	if r == nil {
		c.m.s("未组织风险评估")
		return lawgov.NotApplicable
	}
	c.m.s("风险评估结论：").s(r.Result.Label())
	if r.Result == Controllable {
		return lawgov.Pass
	}
	if r.DraftAdjusted {
		c.m.s("，已调整决策草案")
		return lawgov.Pass
	}
	c.m.s("，决策草案未作调整")
	return lawgov.Fail
}

// checkReview: 第二十五条第一款 — a legality review before discussion, not
// replaced by a comment round.
func checkReview(c *run) lawgov.Outcome {
	r := c.d.Review
	if r == nil {
		c.m.s("决策草案未送请合法性审查")
		return lawgov.Fail
	}
	if r.Reviewer != "" {
		c.m.s(r.Reviewer)
	}
	c.m.s("于 ").d(r.Submitted).s(" 受理审查")
	if r.ByCommentRound {
		c.m.s("，但仅以征求意见方式代替合法性审查")
		return lawgov.Fail
	}
	if r.Opinion.IsZero() {
		c.m.s("，截至 ").d(c.asOf).s(" 尚未出具审查意见")
		c.sev = lawgov.Notice
		return lawgov.Fail
	}
	c.m.s("，").d(r.Opinion).s(" 出具审查意见：")
	if r.Lawful() {
		c.m.s("合法")
	} else {
		c.m.s("不合法")
	}
	return lawgov.Pass
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

// checkReviewTime: 第二十六条第二款 — 「一般不少于7个工作日」, counted on the
// official calendar from the day after submission to the opinion.
func checkReviewTime(c *run) lawgov.Outcome {
	r := c.d.Review
	if r == nil || r.Opinion.IsZero() {
		c.m.s("尚无合法性审查意见，审查时间无从计算")
		return lawgov.NotApplicable
	}
	n, err := c.cal.WorkdaysBetween(r.Submitted, r.Opinion)
	if err != nil {
		c.err = err
		return lawgov.OutcomeUnspecified
	}
	min := c.p.reviewDays
	c.m.d(r.Submitted).s(" 送审，").d(r.Opinion).s(" 出具审查意见，审查时间").n(n).s("个工作日")
	if n >= min {
		c.m.s("，不少于").n(min).s("个工作日")
		return lawgov.Pass
	}
	c.m.s("，少于").n(min).s("个工作日")
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
	if r.Authority == VerdictUnspecified || r.Procedure == VerdictUnspecified || r.Content == VerdictUnspecified {
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
	case r.Lawful():
		c.m.s("合法性审查意见（").d(r.Opinion).s("）：合法")
	case r.Exploratory && r.LegalRiskStated:
		// 第二十五条第二款 second sentence.
		c.m.s("合法性审查意见（").d(r.Opinion).s("）：不合法；属国家尚无明确规定的探索性改革决策事项，已明示法律风险")
	case r.Exploratory:
		c.m.s("合法性审查意见（").d(r.Opinion).s("）：不合法；属探索性改革决策事项，但未明示法律风险")
		ok = false
	default:
		c.m.s("合法性审查意见（").d(r.Opinion).s("）：不合法")
		ok = false
	}
	if m == nil {
		if ok {
			c.m.s("，可以提交决策机关讨论")
			return lawgov.Pass
		}
		c.m.s("，尚不得提交决策机关讨论")
		c.sev = lawgov.Notice
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

// checkDiscussion: 第三十条第一款 — the draft is discussed at an executive or
// plenary meeting; circulation or a special meeting does not count.
func checkDiscussion(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("决策草案未经决策机关常务会议或者全体会议讨论")
		return lawgov.Fail
	}
	c.m.d(m.Held).s(" ").s(m.Kind.Label()).s("讨论，行政首长决定：").s(m.Ruling.Label())
	if m.Kind == ExecutiveMeeting || m.Kind == PlenaryMeeting {
		return lawgov.Pass
	}
	c.m.s("；").s(m.Kind.Label()).s("不属于常务会议或者全体会议")
	return lawgov.Fail
}

// checkChiefLast: 第三十条第二款 — 「行政首长最后发表意见」.
func checkChiefLast(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("未召开会议")
		return lawgov.NotApplicable
	}
	n := len(m.Speakers)
	last := -1
	for i, s := range m.Speakers {
		if s.Chief {
			last = i
		}
	}
	if last < 0 {
		c.m.s("发言记录").n(n).s("人，无行政首长发言")
		return lawgov.Fail
	}
	chief := m.Speakers[last].Member
	if last == n-1 {
		c.m.s("会议组成人员").n(n - 1).s("人先后发表意见，行政首长").s(chief).s("最后发表意见")
		return lawgov.Pass
	}
	c.m.s("行政首长").s(chief).s("在第").n(last + 1).s("位发言，其后还有").n(n - 1 - last).s("人发言")
	return lawgov.Fail
}

// checkMajorityReason: 第三十条第二款 — 「行政首长拟作出的决定与会议组成人员多数人的意见
// 不一致的，应当在会上说明理由」. How the majority is counted is a parameter.
func checkMajorityReason(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("未召开会议")
		return lawgov.NotApplicable
	}
	t := m.tally()
	maj := t.majority(c.p.majority)
	c.m.s("组成人员意见：同意").n(t.agree).s("人、不同意").n(t.oppose).s("人、弃权").n(t.abstain).
		s("人（").s(c.p.majority.Label()).s("）")
	if maj == PositionUnspecified {
		c.m.s("，无多数意见；行政首长决定").s(m.Ruling.Label()).s("，无需说明理由")
		return lawgov.Pass
	}
	c.m.s("，多数").s(maj.Label()).s("；行政首长决定").s(m.Ruling.Label())
	if m.Ruling.follows(maj) {
		c.m.s("，与多数意见一致")
		return lawgov.Pass
	}
	if m.ReasonStated {
		c.m.s("，与多数意见不一致，已在会上说明理由")
		return lawgov.Pass
	}
	c.m.s("，与多数意见不一致，未在会上说明理由")
	return lawgov.Fail
}

// checkDissent: 第三十条第三款 — 「不同意见应当如实载明」.
func checkDissent(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("未召开会议")
		return lawgov.NotApplicable
	}
	n := 0
	for _, s := range m.Speakers {
		if !s.Chief && m.Ruling.dissents(s.Position) {
			if n == 0 {
				c.m.s("不同意见：")
			} else {
				c.m.s("、")
			}
			c.m.s(s.Member).s("（").s(s.Position.Label()).s("）")
			n++
		}
	}
	if n == 0 {
		c.m.s("会议无与决定不同的意见")
		return lawgov.Pass
	}
	if m.DissentMinuted {
		c.m.s("，已如实载明")
		return lawgov.Pass
	}
	c.m.s("，会议记录未如实载明")
	return lawgov.Fail
}

// checkPartyReport: 第三十一条 — report to the party committee at the same
// level before the decision is issued.
func checkPartyReport(c *run) lawgov.Outcome {
	p, pub := c.d.PartyReport, c.d.Publication
	if p == nil {
		c.m.s("未记录向同级党委请示报告")
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
		c.m.s("决策已于 ").d(d.Discussion.Held).s(" 作出，截至 ").d(c.asOf).s(" 未公布")
		return lawgov.Fail
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
		c.sev = lawgov.Notice
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
		c.m.s("决策已于 ").d(d.Discussion.Held).s(" 作出，截至 ").d(c.asOf).s(" 未归档")
		return lawgov.Fail
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

// checkEvaluation: 第三十六条 — an optional post-decision evaluation, started
// for one of its three circumstances, by an evaluator that did not do the main
// argumentation or assessment work before the decision.
func checkEvaluation(c *run) lawgov.Outcome {
	e := c.d.Evaluation
	if e == nil {
		c.m.s("未组织决策后评估（可以组织，非必经程序）")
		return lawgov.NotApplicable
	}
	ok := true
	c.m.d(e.Started).s(" 启动决策后评估")
	if len(e.Triggers) == 0 {
		c.m.s("，未记录启动评估的情形")
		ok = false
	} else {
		c.m.s("，情形：")
		for i, t := range e.Triggers {
			if i > 0 {
				c.m.s("；")
			}
			c.m.s(t.Label())
		}
	}
	if e.EvaluatorArguedDraft {
		c.m.s("；评估单位").s(e.Evaluator).s("在决策作出前承担了主要论证评估工作")
		ok = false
	} else if e.Evaluator != "" {
		c.m.s("；评估单位：").s(e.Evaluator)
	}
	return outcome(ok)
}

func outcome(ok bool) lawgov.Outcome {
	if ok {
		return lawgov.Pass
	}
	return lawgov.Fail
}
