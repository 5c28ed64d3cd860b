// This file implements 重大行政决策程序暂行条例 (国务院令第713号), promulgated
// 2019-04-20, in force from 2019-09-01.

package decision

import (
	"slices"
	"sync"
	"time"

	"github.com/fazhi-go/fazhi/lawgov"
)

// The IDs of the rules of the national procedure, in procedure order.
const (
	RuleScope                  lawgov.RuleID = "decision.scope"
	RuleCatalogue              lawgov.RuleID = "decision.catalogue"
	RuleLeadUnit               lawgov.RuleID = "decision.lead-unit"
	RuleConsultation           lawgov.RuleID = "decision.consultation"
	RulePublicParticipation    lawgov.RuleID = "decision.public-participation"
	RuleSpecificGroups         lawgov.RuleID = "decision.specific-groups"
	RuleCommentPeriod          lawgov.RuleID = "decision.comment-period"
	RuleOpinionAdoption        lawgov.RuleID = "decision.opinion-adoption"
	RuleHearing                lawgov.RuleID = "decision.hearing"
	RuleHearingNotice          lawgov.RuleID = "decision.hearing-notice"
	RuleHearingRecord          lawgov.RuleID = "decision.hearing-record"
	RuleExpertArgumentation    lawgov.RuleID = "decision.expert-argumentation"
	RuleExpertOpinions         lawgov.RuleID = "decision.expert-opinions"
	RuleRiskAssessment         lawgov.RuleID = "decision.risk-assessment"
	RuleRiskReport             lawgov.RuleID = "decision.risk-report"
	RuleRiskControl            lawgov.RuleID = "decision.risk-control"
	RuleLegalityReview         lawgov.RuleID = "decision.legality-review"
	RuleReviewPrerequisites    lawgov.RuleID = "decision.review-prerequisites"
	RuleReviewTime             lawgov.RuleID = "decision.review-time"
	RuleReviewContent          lawgov.RuleID = "decision.review-content"
	RuleMaterials              lawgov.RuleID = "decision.materials"
	RuleDiscussionPrerequisite lawgov.RuleID = "decision.discussion-prerequisite"
	RuleCollectiveDiscussion   lawgov.RuleID = "decision.collective-discussion"
	RuleChiefSpeaksLast        lawgov.RuleID = "decision.chief-speaks-last"
	RuleMajorityReason         lawgov.RuleID = "decision.majority-reason"
	RuleDissentMinuted         lawgov.RuleID = "decision.dissent-minuted"
	RuleDissentLiability       lawgov.RuleID = "decision.dissent-liability"
	RuleCongressReport         lawgov.RuleID = "decision.congress-report"
	RulePartyReport            lawgov.RuleID = "decision.party-report"
	RulePublication            lawgov.RuleID = "decision.publication"
	RulePublicationChannels    lawgov.RuleID = "decision.publication-channels"
	RulePublicationExplanation lawgov.RuleID = "decision.publication-explanation"
	RulePublicationOrder       lawgov.RuleID = "decision.publication-after-decision"
	RuleArchive                lawgov.RuleID = "decision.archive"
	RuleExecutionUnit          lawgov.RuleID = "decision.execution-unit"
	RuleChange                 lawgov.RuleID = "decision.change"
	RulePostEvaluation         lawgov.RuleID = "decision.post-evaluation"
)

// National returns the procedure of 重大行政决策程序暂行条例 (国务院令第713号),
// in force from 2019-09-01 (第四十四条): 37 rules from scope (第二条, 第三条,
// 第四十二条) through drafting (第十一条, 第十三条), the five gates (公众参与,
// 专家论证, 风险评估, 合法性审查, 集体讨论决定), the reports before issue (第八条,
// 第三十一条), publication and archiving to execution, change and
// post-evaluation (第三十四条至第三十八条), with a 30-day comment period
// (第十五条), 7 working days left to the legality reviewer (第二十六条第二款),
// hearing materials 7 days ahead (第十六条), and the majority of 第三十条
// counted over the members who took a position (VotesCast; the text does not
// define it). Every call returns the same immutable procedure.
func National() Procedure { return national() }

var national = sync.OnceValue(func() Procedure {
	p := Procedure{
		name:        "重大行政决策程序暂行条例",
		basis:       lawgov.MajorDecisionRegulation.Citation(),
		effective:   lawgov.MustDate(2019, time.September, 1),
		commentDays: 30,
		reviewDays:  7,
		hearingDays: 7,
		majority:    VotesCast,
		steps:       nationalSteps(),
	}
	for i := range p.steps {
		p.steps[i].prev = -1
	}
	return p
})

func rule(id lawgov.RuleID, title string, sev lawgov.Severity, basis ...lawgov.Citation) lawgov.Rule {
	return lawgov.Rule{ID: id, Title: title, Severity: sev, Basis: basis}
}

// The dates of the steps the rules look at; zero when the step is missing.
func launched(d *Decision) lawgov.Date { return d.Launched }

func consulted(d *Decision) lawgov.Date {
	if d.Consultation == nil {
		return lawgov.Date{}
	}
	return d.Consultation.Completed
}

func called(d *Decision) lawgov.Date {
	if d.Participation == nil {
		return lawgov.Date{}
	}
	return d.Participation.CallPublished
}

func heard(d *Decision) lawgov.Date {
	if d.Hearing == nil {
		return lawgov.Date{}
	}
	return d.Hearing.Held
}

func argued(d *Decision) lawgov.Date {
	if d.Experts == nil {
		return lawgov.Date{}
	}
	return d.Experts.Completed
}

func assessed(d *Decision) lawgov.Date {
	if d.Risk == nil {
		return lawgov.Date{}
	}
	return d.Risk.Completed
}

func sent(d *Decision) lawgov.Date {
	if d.Review == nil {
		return lawgov.Date{}
	}
	return d.Review.Submitted
}

func held(d *Decision) lawgov.Date {
	if d.Discussion == nil {
		return lawgov.Date{}
	}
	return d.Discussion.Held
}

func congressed(d *Decision) lawgov.Date {
	if d.Congress == nil {
		return lawgov.Date{}
	}
	return d.Congress.Reported
}

func reported(d *Decision) lawgov.Date {
	if d.PartyReport == nil {
		return lawgov.Date{}
	}
	return d.PartyReport.Reported
}

func published(d *Decision) lawgov.Date {
	if d.Publication == nil {
		return lawgov.Date{}
	}
	return d.Publication.Published
}

func archived(d *Decision) lawgov.Date {
	if d.Archive == nil {
		return lawgov.Date{}
	}
	return d.Archive.Archived
}

func designated(d *Decision) lawgov.Date {
	if d.Execution == nil {
		return lawgov.Date{}
	}
	return d.Execution.Designated
}

func changed(d *Decision) lawgov.Date {
	if len(d.Changes) == 0 {
		return lawgov.Date{}
	}
	return d.Changes[0].Date
}

func evaluated(d *Decision) lawgov.Date {
	if d.Evaluation == nil {
		return lawgov.Date{}
	}
	return d.Evaluation.Started
}

// milestone returns the first date on which d reached stage s or a later
// one, or zero: the date a missing step is judged on.
func (d *Decision) milestone(s Stage) lawgov.Date {
	dates := [...]lawgov.Date{
		StageLaunch:      d.Launched,
		StageReview:      sent(d),
		StageDiscussion:  held(d),
		StageMeeting:     held(d),
		StagePublication: published(d),
		StageDecided:     published(d),
	}
	for i := int(s); i < len(dates); i++ {
		if !dates[i].IsZero() {
			return dates[i]
		}
	}
	return lawgov.Date{}
}

func nationalSteps() []step {
	const V, W, N = lawgov.Violation, lawgov.Warning, lawgov.Notice
	type S = Stage
	st := func(r lawgov.Rule, check checkFunc, g Gate, due S, event func(*Decision) lawgov.Date, requires ...Step) step {
		return step{rule: r, check: check, gate: g, due: due, event: event, requires: requires}
	}
	const none = GateUnspecified
	return []step{
		st(rule(RuleScope, "适用范围", V, mdr(2), mdrCite(3, 1, 0), mdrCite(3, 2, 0), mdr(42), mdr(44)), checkScope, none, StageLaunch, launched),
		st(rule(RuleCatalogue, "决策事项目录", V, mdrCite(3, 3, 0)), checkCatalogue, none, StageLaunch, launched),
		st(rule(RuleLeadUnit, "明确牵头承办单位", V, mdr(11)), checkLeadUnit, none, StageLaunch, launched),
		st(rule(RuleConsultation, "与有关单位充分协商", V, mdr(13)), checkConsultation, none, StageDiscussion, consulted),
		st(rule(RulePublicParticipation, "公众参与", V, mdr(14)), checkParticipation, GateParticipation, StageReview, called, StepParticipation),
		st(rule(RuleSpecificGroups, "听取特定群体意见", V, mdrCite(14, 3, 0)), checkSpecificGroups, GateParticipation, StageReview, called),
		st(rule(RuleCommentPeriod, "公开征求意见期限", V, mdr(15)), checkCommentPeriod, GateParticipation, StageReview, called),
		st(rule(RuleOpinionAdoption, "意见研究采纳情况", W, mdr(18), mdrCite(29, 0, 2)), checkAdoption, GateParticipation, StageDiscussion, called),
		st(rule(RuleHearing, "听证会材料送达与名单公布", V, mdrCite(16, 3, 0)), checkHearing, GateParticipation, StageReview, heard),
		st(rule(RuleHearingNotice, "听证会前公布决策草案及听证时间地点", V, mdrCite(16, 2, 0)), checkHearingNotice, GateParticipation, StageReview, heard),
		st(rule(RuleHearingRecord, "听证参加人确认听证会记录并签字", V, mdrCite(17, 0, 3)), checkHearingRecord, GateParticipation, StageReview, heard),
		st(rule(RuleExpertArgumentation, "专家论证", V, mdr(19)), checkExperts, GateExperts, StageReview, argued, StepExperts),
		st(rule(RuleExpertOpinions, "专家无直接利害关系且书面意见署名", V, mdr(19), mdr(20)), checkExpertOpinions, GateExperts, StageReview, argued),
		st(rule(RuleRiskAssessment, "风险评估", V, mdr(22)), checkRisk, GateRisk, StageReview, assessed, StepRisk),
		st(rule(RuleRiskReport, "风险评估报告", V, mdrCite(23, 2, 0)), checkRiskReport, GateRisk, StageReview, assessed),
		st(rule(RuleRiskControl, "风险不可控时调整决策草案", V, mdr(24)), checkRiskControl, GateRisk, StageMeeting, held),
		st(rule(RuleLegalityReview, "合法性审查", V, mdrCite(25, 1, 0), mdrCite(25, 2, 0)), checkReview, GateReview, StageDiscussion, sent, StepReview),
		st(rule(RuleReviewPrerequisites, "未履行公众参与、专家论证、风险评估等程序不予合法性审查", V,
			ordos2021, neimenggu2018, mdr(14), mdr(19), mdr(22), mdrCite(25, 1, 0)), checkReviewPrerequisites,
			GateReview, StageReview, sent, StepParticipation, StepExperts, StepRisk),
		st(rule(RuleReviewTime, "保证必要的合法性审查时间", W, mdrCite(26, 2, 0)), checkReviewTime, GateReview, StageDiscussion, sent),
		st(rule(RuleReviewContent, "合法性审查内容与法律顾问意见", V, mdr(27), mdr(28)), checkReviewContent, GateReview, StageDiscussion, sent),
		st(rule(RuleMaterials, "提交讨论的材料", V, mdr(29)), checkMaterials, GateDiscussion, StageDiscussion, held),
		st(rule(RuleDiscussionPrerequisite, "未经合法性审查或经审查不合法不得提交讨论", V, mdrCite(25, 2, 0), ordos2021),
			checkDiscussionPrerequisite, GateDiscussion, StageDiscussion, held, StepReview),
		st(rule(RuleCollectiveDiscussion, "集体讨论决定", V, mdrCite(30, 1, 0)), checkDiscussion, GateDiscussion, StagePublication, held, StepDiscussion),
		st(rule(RuleChiefSpeaksLast, "行政首长最后发表意见", V, mdrCite(30, 2, 0)), checkChiefLast, GateDiscussion, StageMeeting, held),
		st(rule(RuleMajorityReason, "与多数意见不一致时说明理由", V, mdrCite(30, 2, 0)), checkMajorityReason, GateDiscussion, StageMeeting, held),
		st(rule(RuleDissentMinuted, "不同意见如实载明", V, mdrCite(30, 3, 0)), checkDissent, GateDiscussion, StageMeeting, held),
		st(rule(RuleDissentLiability, "表示不同意见的人员按照规定减免责任", N, mdrCite(38, 3, 0), mdrCite(30, 3, 0)), checkDissentLiability, none, StageMeeting, held),
		st(rule(RuleCongressReport, "按照规定向本级人大常委会报告", V, mdrCite(8, 1, 0)), checkCongressReport, none, StagePublication, congressed),
		st(rule(RulePartyReport, "向同级党委请示报告", V, mdr(31)), checkPartyReport, none, StagePublication, reported, StepPartyReport),
		st(rule(RulePublication, "决策公布", V, mdr(32)), checkPublication, none, StageDecided, published, StepPublication),
		st(rule(RulePublicationChannels, "通过政府公报和政府网站公布", W, mdr(32)), checkPublicationChannels, none, StageDecided, published),
		st(rule(RulePublicationExplanation, "公布时说明公众意见、专家论证意见的采纳情况", V, mdr(32)), checkPublicationExplanation, none, StageDecided, published),
		st(rule(RulePublicationOrder, "决策作出后公布", V, mdrCite(30, 1, 0), mdr(32)), checkPublicationOrder, none, StagePublication, published, StepDiscussion),
		st(rule(RuleArchive, "决策过程记录和材料归档", V, mdr(33)), checkArchive, none, StageDecided, archived, StepArchive),
		st(rule(RuleExecutionUnit, "明确决策执行单位", V, mdr(34)), checkExecution, none, StageDecided, designated),
		st(rule(RuleChange, "未经法定程序不得随意变更或者停止执行", V, mdr(37), mdr(35)), checkChanges, none, StageDecided, changed),
		st(rule(RulePostEvaluation, "决策后评估", W, mdr(36)), checkEvaluation, none, StageDecided, evaluated),
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
		c.pending = true
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
		c.pending = true
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
		c.pending = true
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

// checkDiscussion: 第三十条第一款 — the draft is discussed at an executive or
// plenary meeting; circulation or a special meeting does not count.
func checkDiscussion(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("决策草案未经决策机关常务会议或者全体会议讨论")
		c.pending = true
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

// checkConsultation: 第十三条 — a matter that concerns the duties of the
// body's departments or lower-level governments is worked out with them;
// where they disagree, the dispute is explained to the body.
func checkConsultation(c *run) lawgov.Outcome {
	d, k := c.d, c.d.Consultation
	if k == nil {
		if !d.ConcernsOtherUnits {
			c.m.s("决策事项未标记为涉及所属部门、下一级人民政府等单位的职责，无需专门协商")
			return lawgov.NotApplicable
		}
		c.m.s("决策事项涉及有关单位职责，未记录与有关单位协商")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("与")
	if len(k.Units) == 0 {
		c.m.s("有关单位")
	}
	for i, u := range k.Units {
		if i > 0 {
			c.m.s("、")
		}
		c.m.s(u)
	}
	c.m.s("协商，").d(k.Completed).s(" 完成")
	if !k.Disputed {
		c.m.s("，取得一致意见")
		return lawgov.Pass
	}
	if k.DisputeExplained {
		c.m.s("；未能取得一致意见，已向决策机关说明争议的主要问题和各方意见")
		return lawgov.Pass
	}
	c.m.s("；未能取得一致意见，未向决策机关说明争议的主要问题、有关单位的意见和承办单位的意见、理由和依据")
	return lawgov.Fail
}

// checkSpecificGroups: 第十四条第三款 — a matter that concerns the interests of
// a specific group is discussed with the people's organisations, social
// organisations and representatives concerned.
func checkSpecificGroups(c *run) lawgov.Outcome {
	d, p := c.d, c.d.Participation
	switch {
	case !d.SpecificGroups:
		c.m.s("决策事项未标记为涉及特定群体利益")
		return lawgov.NotApplicable
	case d.NonPublic:
		c.m.s("决策事项依法不予公开，不适用公众参与")
		return lawgov.NotApplicable
	case p == nil || !p.GroupsConsulted:
		c.m.s("决策事项涉及特定群体利益，未记录与相关人民团体、社会组织以及群众代表沟通协商")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("决策事项涉及特定群体利益，已与相关人民团体、社会组织以及群众代表沟通协商")
	return lawgov.Pass
}

// checkHearingNotice: 第十六条第二款 — before a hearing, the draft and its
// explanation are published, with the time and place of the hearing.
func checkHearingNotice(c *run) lawgov.Outcome {
	h := c.d.Hearing
	if h == nil {
		c.m.s("未召开听证会")
		return lawgov.NotApplicable
	}
	c.m.s("听证会 ").d(h.Held)
	if h.NoticePublished.IsZero() || !h.NoticePublished.Before(h.Held) {
		c.m.s("，未提前公布决策草案及其说明和听证时间、地点")
		return lawgov.Fail
	}
	c.m.s("，决策草案及其说明和听证时间、地点 ").d(h.NoticePublished).s(" 公布")
	return lawgov.Pass
}

// checkHearingRecord: 第十七条第（三）项 — the participants confirm and sign the
// hearing record.
func checkHearingRecord(c *run) lawgov.Outcome {
	h := c.d.Hearing
	if h == nil {
		c.m.s("未召开听证会")
		return lawgov.NotApplicable
	}
	c.m.s("听证会 ").d(h.Held)
	if !h.RecordSigned {
		c.m.s("，听证参加人未确认听证会记录并签字")
		return lawgov.Fail
	}
	c.m.s("，听证参加人已确认听证会记录并签字")
	return lawgov.Pass
}

// checkRiskReport: 第二十三条第二款 — an assessment hears the departments
// concerned and produces a report naming the risk points, the preventive
// measures and a contingency plan. An existing assessment relied on
// (第二十二条第二款) is not redone, so its report is not judged here.
func checkRiskReport(c *run) lawgov.Outcome {
	r := c.d.Risk
	switch {
	case r == nil:
		c.m.s("未组织风险评估")
		return lawgov.NotApplicable
	case r.Existing != "":
		c.m.s("依已有评估「").s(r.Existing).s("」，不作重复评估")
		return lawgov.NotApplicable
	case r.Report == nil:
		c.m.s("风险评估完成于 ").d(r.Completed).s("，未形成风险评估报告")
		return lawgov.Fail
	}
	rep := r.Report
	c.m.s("风险评估报告")
	ok := true
	for _, x := range [...]struct {
		done  bool
		label string
	}{{rep.DepartmentsHeard, "听取有关部门意见"}, {rep.RiskPoints, "明确风险点"}, {rep.Measures, "提出风险防范措施"}, {rep.ContingencyPlan, "提出处置预案"}} {
		if !x.done {
			if ok {
				c.m.s("未")
			} else {
				c.m.s("、未")
			}
			c.m.s(x.label)
			ok = false
		}
	}
	if ok {
		c.m.s("已听取有关部门意见，明确风险点，提出风险防范措施和处置预案")
	}
	return outcome(ok)
}

// checkMaterials: 第二十九条 — the draft goes to the meeting with its
// materials: the draft and related materials, with the 公平竞争审查 of a draft
// that concerns market actors' economic activity (一); the study and adoption
// of the public's opinions (二), of the experts' opinions (三) and the risk
// report (四), each when its step was taken; and the legality review opinion
// (五).
func checkMaterials(c *run) lawgov.Outcome {
	d := c.d
	need := [...]struct {
		ok bool
		m  Material
	}{
		{true, MaterialDraft},
		{d.MarketActivity, MaterialFairCompetition},
		{d.Participation != nil, MaterialOpinionAdoption},
		{d.Experts != nil, MaterialExpertAdoption},
		{d.Risk != nil, MaterialRiskReport},
		{true, MaterialReviewOpinion},
	}
	missing, n := 0, 0
	for _, x := range need {
		if !x.ok {
			continue
		}
		n++
		if slices.Contains(d.Materials, x.m) {
			continue
		}
		if missing == 0 {
			c.m.s("提交讨论的材料缺少：")
		} else {
			c.m.s("、")
		}
		c.m.s(x.m.Label())
		missing++
	}
	if missing > 0 {
		c.pending = len(d.Materials) == 0
		return lawgov.Fail
	}
	c.m.s("提交讨论的材料齐全（").n(n).s("项）")
	return lawgov.Pass
}

// checkDissentLiability: 第三十八条第三款 — members who stated a dissent at the
// meeting, as the minutes record it (第三十条第三款), have their liability
// reduced or removed if the decision proves a serious error. The rule never
// fails: it records who is eligible.
func checkDissentLiability(c *run) lawgov.Outcome {
	m := c.d.Discussion
	if m == nil {
		c.m.s("未召开会议")
		return lawgov.NotApplicable
	}
	names := 0
	for _, s := range m.Speakers {
		if !s.Chief && m.Ruling.dissents(s.Position) {
			if names == 0 {
				c.m.s("会上表示不同意见的人员：")
			} else {
				c.m.s("、")
			}
			c.m.s(s.Member)
			names++
		}
	}
	switch {
	case names == 0:
		c.m.s("会上无人表示不同意见")
		return lawgov.NotApplicable
	case !m.DissentMinuted:
		c.m.s("；会议记录未载明，无从依第三十八条第三款减免责任")
		return lawgov.NotApplicable
	}
	c.m.s("；已如实载明，决策严重失误时按照规定减免责任")
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

// checkExecution: 第三十四条 — the body names the unit that carries out the
// decision.
func checkExecution(c *run) lawgov.Outcome {
	d, e := c.d, c.d.Execution
	if e == nil {
		if d.Discussion == nil || d.Discussion.Ruling != Adopt {
			c.m.s("决策尚未作出，无需明确执行单位")
			return lawgov.NotApplicable
		}
		c.m.s("决策已于 ").d(d.Discussion.Held).s(" 作出，未明确决策执行单位")
		c.pending = true
		return lawgov.Fail
	}
	c.m.s("决策执行单位：").s(e.Unit).s("（").d(e.Designated).s(" 明确）")
	return lawgov.Pass
}

// checkChanges: 第三十七条 — a decision is not changed or stopped without the
// statutory procedure; the chief may first suspend it alone only when a
// circumstance of 第三十五条 arises and the matter is urgent; a major
// adjustment goes through the procedure again.
func checkChanges(c *run) lawgov.Outcome {
	if len(c.d.Changes) == 0 {
		c.m.s("决策执行中未变更、中止或者停止执行")
		return lawgov.NotApplicable
	}
	ok := true
	for i, x := range c.d.Changes {
		if i > 0 {
			c.m.s("；")
		}
		c.m.d(x.Date).s(" ").s(x.Kind.Label())
		switch {
		case x.Kind == Suspension && x.ByChief && x.Urgent:
			c.m.s("，行政首长因第三十五条规定的情形、情况紧急先决定中止执行")
		case x.Kind == Suspension && x.ByChief:
			c.m.s("，行政首长先决定中止执行，但不属于第三十五条规定的情形且情况紧急")
			ok = false
		case x.ProcedureFollowed:
			c.m.s("，已履行法定程序")
		default:
			c.m.s("，未履行法定程序")
			ok = false
		}
	}
	return outcome(ok)
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
