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

func outcome(ok bool) lawgov.Outcome {
	if ok {
		return lawgov.Pass
	}
	return lawgov.Fail
}
