package decision

import (
	"errors"
	"slices"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckComplete(t *testing.T) {
	r, err := National().Check(complete(t), asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	assert.True(t, r.OK(), "%v", r.Failures())
	assert.Equal(t, len(National().Rules()), len(r.Findings))
	for i, rule := range National().Rules() {
		assert.Equal(t, rule.ID, r.Findings[i].Rule, "procedure order")
	}
	var na []lawgov.RuleID
	for _, f := range r.Findings {
		if f.Outcome == lawgov.NotApplicable {
			na = append(na, f.Rule)
		}
		assert.Equal(t, "重大行政决策程序暂行条例", f.Source, f.Rule)
	}
	// Optional or unflagged duties only.
	assert.Equal(t, []lawgov.RuleID{RuleConsultation, RuleSpecificGroups, RuleCongressReport, RuleChange, RulePostEvaluation}, na)
}

// TestRules has one case (at least) per rule of the national procedure,
// each naming the article it exercises. Dates are worked out by hand on
// the 2024 calendar (国庆节 10-01..10-07, 调休上班 09-29 and 10-12).
func TestRules(t *testing.T) {
	tests := []struct {
		name   string
		basis  string
		change func(d *Decision)
		rule   lawgov.RuleID
		want   lawgov.Outcome
		msg    string // the whole message, or "" to skip
	}{
		{"county government is bound", "第二条", func(d *Decision) {}, RuleScope, lawgov.Pass,
			"决策机关示例县人民政府为县级人民政府，适用本条例（第二条）；事项类型：重大公共政策和措施"},
		{"department applies by reference", "第四十二条", func(d *Decision) {
			d.Body = Body{Name: "县交通运输局", Level: Department}
		}, RuleScope, lawgov.Pass, "决策机关县交通运输局为县级以上人民政府部门，参照本条例执行（第四十二条）；事项类型：重大公共政策和措施"},
		{"emergency decision excluded", "第三条第二款", func(d *Decision) { d.Exclusion = Emergency }, RuleScope, lawgov.NotApplicable,
			"决策事项属于突发事件应急处置决策，依第三条第二款不适用本条例"},
		{"catalogue without party consent", "第三条第三款", func(d *Decision) { d.Catalogue.PartyCommitteeConsent = false }, RuleCatalogue, lawgov.Fail,
			"列入决策事项目录「2024年度重大行政决策事项目录第2项」，未经同级党委同意，目录于 2024-02-20 向社会公布"},
		{"two lead units", "第十一条", func(d *Decision) { d.Units[1].Lead = true }, RuleLeadUnit, lawgov.Fail,
			"决策承办单位3个，明确牵头单位2个，应当明确1个牵头的决策承办单位"},
		{"no lead among several", "第十一条", func(d *Decision) { d.Units[0].Lead = false }, RuleLeadUnit, lawgov.Fail, ""},
		{"no public participation", "第十四条", func(d *Decision) { d.Participation = nil }, RulePublicParticipation, lawgov.Fail, ""},
		{"non-public matter needs none", "第十四条", func(d *Decision) { d.NonPublic, d.Participation = true, nil }, RulePublicParticipation, lawgov.NotApplicable, ""},
		// 第三十一条 「重大行政决策出台前应当按照规定向同级党委请示报告」: a decision not
		// made public is issued when adopted at the 2024-11-05 meeting.
		{"non-public decision adopted without a party report", "第三十一条", func(d *Decision) {
			d.NonPublic, d.Participation, d.Publication, d.PartyReport = true, nil, nil, nil
		}, RulePartyReport, lawgov.Fail, "未记录向同级党委请示报告"},
		{"20-day call without reason", "第十五条", func(d *Decision) {
			d.Participation.CallPublished, d.Participation.CallClosed = date("2024-09-30"), date("2024-10-20")
		}, RuleCommentPeriod, lawgov.Fail, "征求意见 2024-09-30 至 2024-10-20，共20日，少于30日，且未在征求意见时说明缩短理由"},
		{"exactly 30 days", "第十五条", func(d *Decision) {
			d.Participation.CallPublished, d.Participation.CallClosed = date("2024-09-02"), date("2024-10-02")
		}, RuleCommentPeriod, lawgov.Pass, "征求意见 2024-09-02 至 2024-10-02，共30日，不少于30日"},
		{"shortened with reason at the call", "第十五条", func(d *Decision) {
			p := d.Participation
			p.CallPublished, p.CallClosed = date("2024-09-30"), date("2024-10-20")
			p.ShortenedReason, p.ReasonStated = "汛期前须完成调整", date("2024-09-30")
		}, RuleCommentPeriod, lawgov.Pass, "征求意见 2024-09-30 至 2024-10-20，共20日，少于30日；已在征求意见时说明缩短理由「汛期前须完成调整」"},
		{"reason stated after the call", "第十五条", func(d *Decision) {
			p := d.Participation
			p.CallPublished, p.CallClosed = date("2024-09-30"), date("2024-10-20")
			p.ShortenedReason, p.ReasonStated = "汛期前须完成调整", date("2024-10-08")
		}, RuleCommentPeriod, lawgov.Fail, ""},
		{"adoption not recorded", "第十八条", func(d *Decision) { d.Participation.AdoptionRecorded = false }, RuleOpinionAdoption, lawgov.Fail,
			"收到意见126条，未记录研究采纳情况"},
		{"hearing materials on day -7", "第十六条", func(d *Decision) {}, RuleHearing, lawgov.Pass,
			"听证会 2024-09-27，材料 2024-09-20 送达，提前7日，不少于7日；参加人名单 2024-09-18 公布"},
		{"hearing materials on day -6", "第十六条", func(d *Decision) { d.Hearing.MaterialsDelivered = date("2024-09-21") }, RuleHearing, lawgov.Fail,
			"听证会 2024-09-27，材料 2024-09-21 送达，提前6日，少于7日；参加人名单 2024-09-18 公布"},
		{"participant list not published ahead", "第十六条", func(d *Decision) { d.Hearing.ParticipantsPublished = date("2024-09-27") }, RuleHearing, lawgov.Fail, ""},
		{"no hearing held", "第十六条", func(d *Decision) { d.Hearing = nil }, RuleHearing, lawgov.NotApplicable, ""},
		{"technical matter without experts", "第十九条", func(d *Decision) { d.Experts = nil }, RuleExpertArgumentation, lawgov.Fail,
			"决策事项专业性、技术性较强，未组织专家论证"},
		{"expert with direct interest", "第二十条", func(d *Decision) { d.Experts.Experts[1].DirectInterest = true }, RuleExpertOpinions, lawgov.Fail,
			"专家李某与决策事项有直接利害关系"},
		{"unsigned expert opinion", "第十九条", func(d *Decision) { d.Experts.Experts[2].Signed = false }, RuleExpertOpinions, lawgov.Fail,
			"专家赵某的书面论证意见未署名、盖章"},
		{"stability risk without assessment", "第二十二条", func(d *Decision) { d.Risk = nil }, RuleRiskAssessment, lawgov.Fail, ""},
		{"existing assessment not repeated", "第二十二条", func(d *Decision) { d.Risk.Existing = "城区交通组织优化社会稳定风险评估报告" }, RuleRiskAssessment, lawgov.Pass,
			"已有风险评估「城区交通组织优化社会稳定风险评估报告」（2024-10-12），不作重复评估，结论：风险可控"},
		{"uncontrollable risk, draft not adjusted", "第二十四条", func(d *Decision) { d.Risk.Result = Uncontrollable }, RuleRiskControl, lawgov.Fail,
			"风险评估结论：风险不可控，决策草案未作调整"},
		// Before the meeting the draft may still be adjusted (第二十四条), and the
		// adoption record goes with it to the meeting (第二十九条第（二）项).
		{"uncontrollable risk before the meeting", "第二十四条", func(d *Decision) {
			d.Risk.Result, d.Discussion, d.Publication = Uncontrollable, nil, nil
		}, RuleRiskControl, lawgov.NotApplicable, "风险评估结论：风险不可控，决策草案未作调整；本项应当于集体讨论决定时履行，截至 2024-12-31 尚未到期"},
		{"adoption not yet recorded before the meeting", "第十八条; 第二十九条第（二）项", func(d *Decision) {
			d.Participation.AdoptionRecorded, d.Discussion, d.Publication = false, nil, nil
		}, RuleOpinionAdoption, lawgov.NotApplicable, "收到意见126条，未记录研究采纳情况；本项应当于提交决策机关讨论前履行，截至 2024-12-31 尚未到期"},
		{"uncontrollable risk, draft adjusted", "第二十四条", func(d *Decision) { d.Risk.Result, d.Risk.DraftAdjusted = Uncontrollable, true }, RuleRiskControl, lawgov.Pass, ""},
		{"comment round instead of review", "第二十五条第一款", func(d *Decision) { d.Review.ByCommentRound = true }, RuleLegalityReview, lawgov.Fail,
			"县司法局于 2024-10-14 受理审查，但仅以征求意见方式代替合法性审查"},
		{"no review", "第二十五条第一款", func(d *Decision) { d.Review = nil }, RuleLegalityReview, lawgov.Fail, "决策草案未送请合法性审查"},
		{"risk assessment after submission", "第二十五条; 鄂尔多斯2021 三(一)", func(d *Decision) { d.Risk.Completed = date("2024-10-16") }, RuleReviewPrerequisites, lawgov.Fail,
			"送请合法性审查（2024-10-14）前风险评估至 2024-10-16 才完成，一律不予合法性审查"},
		{"review without participation", "第十四条; 鄂尔多斯2021 三(一)", func(d *Decision) { d.Participation = nil }, RuleReviewPrerequisites, lawgov.Fail,
			"送请合法性审查（2024-10-14）前未履行公众参与，一律不予合法性审查"},
		// 2024-10-14 (Mon) to the meeting on 2024-11-05 (Tue): 16 working days.
		{"16 working days left before the meeting", "第二十六条第二款", func(d *Decision) {}, RuleReviewTime, lawgov.Pass,
			"2024-10-14 送审，2024-10-25 出具审查意见（用时9个工作日），2024-11-05 提交讨论，留给审查的时间16个工作日，不少于7个工作日"},
		// 2024-09-27 (Fri) to 2024-10-09 (Wed): 09-29 (make-up Sunday),
		// 09-30, 10-08 (make-up Tuesday is a normal day after 国庆 10-01..10-07), 10-09: 4 working days.
		{"meeting across National Day with make-up Sunday", "第二十六条第二款", func(d *Decision) {
			d.Review.Submitted, d.Review.Opinion, d.Discussion.Held = date("2024-09-27"), date("2024-10-08"), date("2024-10-09")
			d.Risk.Completed, d.Experts.Completed, d.Participation.CallPublished, d.Participation.CallClosed = date("2024-09-26"), date("2024-09-26"), date("2024-08-01"), date("2024-09-01")
		}, RuleReviewTime, lawgov.Fail, "2024-09-27 送审，2024-10-08 出具审查意见（用时3个工作日），2024-10-09 提交讨论，留给审查的时间4个工作日，少于7个工作日，且送审时未说明理由"},
		{"short review time with a reason stated on sending", "第二十六条第二款", func(d *Decision) {
			d.Discussion.Held, d.Review.ShortTimeReason = date("2024-10-21"), "防汛调度须于汛前出台"
		}, RuleReviewTime, lawgov.Pass, "2024-10-14 送审，2024-10-25 出具审查意见（用时9个工作日），2024-10-21 提交讨论，留给审查的时间5个工作日，少于7个工作日；送审时已说明理由「防汛调度须于汛前出台」"},
		{"meeting before the draft was sent", "第二十六条第二款", func(d *Decision) { d.Discussion.Held = date("2024-10-11") }, RuleReviewTime, lawgov.Fail,
			"2024-10-14 送审，2024-10-25 出具审查意见（用时9个工作日），但决策草案已于 2024-10-11 提交讨论，早于送审日，未留出审查时间"},
		{"a comment round is no review time", "第二十五条第一款; 第二十六条第二款", func(d *Decision) { d.Review.ByCommentRound = true }, RuleReviewTime, lawgov.NotApplicable,
			"仅以征求意见方式代替合法性审查，征求意见时间不计为审查时间（第二十五条第一款）"},
		{"no adviser opinions", "第二十八条", func(d *Decision) { d.Review.AdviserOpinions = nil }, RuleReviewContent, lawgov.Fail,
			"审查意见：法定权限符合，法定程序符合，内容符合；未组织法律顾问、公职律师提出意见"},
		{"conclusion missing", "第二十七条", func(d *Decision) { d.Review.Procedure = VerdictUnspecified }, RuleReviewContent, lawgov.Fail, ""},
		{"unlawful draft discussed", "第二十五条第二款", func(d *Decision) { d.Review.Content = NonCompliant }, RuleDiscussionPrerequisite, lawgov.Fail,
			"合法性审查意见（2024-10-25）：不合法（内容不符合），不得提交讨论，但已于 2024-11-05 提交常务会议讨论"},
		{"an opinion missing a conclusion is not called unlawful", "第二十五条第二款; 第二十七条", func(d *Decision) { d.Review.Procedure = VerdictUnspecified }, RuleDiscussionPrerequisite, lawgov.Fail,
			"合法性审查意见（2024-10-25）：未载明法定程序结论，不得提交讨论，但已于 2024-11-05 提交常务会议讨论"},
		{"review found the draft unlawful", "第二十五条第二款", func(d *Decision) { d.Review.Authority = NonCompliant }, RuleLegalityReview, lawgov.Fail,
			"县司法局于 2024-10-14 受理审查，2024-10-25 出具审查意见：不合法（法定权限不符合），应当调整决策草案后重新送请审查"},
		{"review opinion incomplete", "第二十七条", func(d *Decision) { d.Review.Content = VerdictUnspecified }, RuleLegalityReview, lawgov.Fail,
			"县司法局于 2024-10-14 受理审查，2024-10-25 出具审查意见：未载明内容结论，审查意见不完整，不能认定合法"},
		{"exploratory reform with legal risk stated", "第二十五条第二款", func(d *Decision) {
			d.Review.Content, d.Review.Exploratory, d.Review.LegalRiskStated = NonCompliant, true, true
		}, RuleDiscussionPrerequisite, lawgov.Pass, ""},
		{"exploratory reform without legal risk", "第二十五条第二款", func(d *Decision) {
			d.Review.Content, d.Review.Exploratory = NonCompliant, true
		}, RuleDiscussionPrerequisite, lawgov.Fail, ""},
		{"circulation is not a meeting", "第三十条第一款", func(d *Decision) { d.Discussion.Kind = Circulation }, RuleCollectiveDiscussion, lawgov.Fail,
			"2024-11-05 传阅会签讨论，行政首长决定：通过；传阅会签不属于常务会议或者全体会议"},
		{"plenary meeting", "第三十条第一款", func(d *Decision) { d.Discussion.Kind = PlenaryMeeting }, RuleCollectiveDiscussion, lawgov.Pass, ""},
		{"chief speaks first", "第三十条第二款", func(d *Decision) {
			s := d.Discussion.Speakers
			s[0], s[3] = s[3], s[0]
		}, RuleChiefSpeaksLast, lawgov.Fail, "行政首长县长在第1位发言，其后还有3人发言"},
		{"chief against majority without reasons", "第三十条第二款", func(d *Decision) { d.Discussion.Ruling = Reject }, RuleMajorityReason, lawgov.Fail,
			"组成人员意见：同意2人、不同意1人、弃权0人（以明确表态人数计），多数同意；行政首长决定不予通过，与多数意见不一致，未在会上说明理由"},
		{"chief against majority with reasons", "第三十条第二款", func(d *Decision) { d.Discussion.Ruling, d.Discussion.ReasonStated = Reject, true }, RuleMajorityReason, lawgov.Pass, ""},
		{"tie has no majority", "第三十条第二款", func(d *Decision) { d.Discussion.Speakers[1].Position = Abstain }, RuleMajorityReason, lawgov.Pass,
			"组成人员意见：同意1人、不同意1人、弃权1人（以明确表态人数计），无多数意见；行政首长决定通过，无需说明理由"},
		{"dissent not minuted", "第三十条第三款", func(d *Decision) { d.Discussion.DissentMinuted = false }, RuleDissentMinuted, lawgov.Fail,
			"不同意见：副县长丙（不同意），会议记录未如实载明"},
		{"no party report", "第三十一条", func(d *Decision) { d.PartyReport = nil }, RulePartyReport, lawgov.Fail, "未记录向同级党委请示报告"},
		{"party report after publication", "第三十一条", func(d *Decision) { d.PartyReport.Reported = date("2024-11-20") }, RulePartyReport, lawgov.Fail,
			"于 2024-11-20 向同级党委请示报告，晚于决策公布日 2024-11-15"},
		{"adopted but not published", "第三十二条", func(d *Decision) { d.Publication = nil }, RulePublication, lawgov.Fail,
			"决策已于 2024-11-05 作出，截至 2024-12-31（56日）尚未公布，应当及时公布"},
		{"published before the meeting", "第三十条、第三十二条", func(d *Decision) { d.Publication.Published = date("2024-11-01") }, RulePublicationOrder, lawgov.Fail,
			"公布日 2024-11-01 早于决定日 2024-11-05"},
		{"archive misses the hearing", "第三十三条", func(d *Decision) { d.Archive.Steps = d.Archive.Steps[2:] }, RuleArchive, lawgov.Fail,
			"2024-11-29 归档，缺少以下环节的记录：公众参与、听证会"},
		{"evaluator argued the draft", "第三十六条", func(d *Decision) {
			d.Evaluation = &Evaluation{Started: date("2024-12-02"), Triggers: []Trigger{ManyOpinions}, Evaluator: "某价格认证中心", EvaluatorArguedDraft: true}
		}, RulePostEvaluation, lawgov.Fail, "2024-12-02 启动决策后评估，情形：公民、法人或者其他组织提出较多意见；评估单位某价格认证中心在决策作出前承担了主要论证评估工作"},
		{"independent evaluation", "第三十六条", func(d *Decision) {
			d.Evaluation = &Evaluation{Started: date("2024-12-02"), Triggers: []Trigger{NotAsExpected}, Evaluator: "某高校第三方评估中心"}
		}, RulePostEvaluation, lawgov.Pass, ""},
		{"department duties without consultation", "第十三条", func(d *Decision) { d.ConcernsOtherUnits = true }, RuleConsultation, lawgov.Fail,
			"决策事项涉及有关单位职责，未记录与有关单位协商"},
		{"dispute not explained to the body", "第十三条", func(d *Decision) {
			d.Consultation = &Consultation{Units: []string{"县财政局", "城关镇人民政府"}, Completed: date("2024-08-20"), Disputed: true}
		}, RuleConsultation, lawgov.Fail,
			"与县财政局、城关镇人民政府协商，2024-08-20 完成；未能取得一致意见，未向决策机关说明争议的主要问题、有关单位的意见和承办单位的意见、理由和依据"},
		{"dispute explained", "第十三条", func(d *Decision) {
			d.Consultation = &Consultation{Completed: date("2024-08-20"), Disputed: true, DisputeExplained: true}
		}, RuleConsultation, lawgov.Pass, ""},
		{"specific group not consulted", "第十四条第三款", func(d *Decision) { d.SpecificGroups = true }, RuleSpecificGroups, lawgov.Fail,
			"决策事项涉及特定群体利益，未记录与相关人民团体、社会组织以及群众代表沟通协商"},
		{"specific group consulted", "第十四条第三款", func(d *Decision) { d.SpecificGroups, d.Participation.GroupsConsulted = true, true }, RuleSpecificGroups, lawgov.Pass, ""},
		{"hearing notice published the day of the hearing", "第十六条第二款", func(d *Decision) { d.Hearing.NoticePublished = date("2024-09-27") }, RuleHearingNotice, lawgov.Fail,
			"听证会 2024-09-27，未提前公布决策草案及其说明和听证时间、地点"},
		{"hearing notice ahead", "第十六条第二款", func(d *Decision) {}, RuleHearingNotice, lawgov.Pass,
			"听证会 2024-09-27，决策草案及其说明和听证时间、地点 2024-09-12 公布"},
		{"hearing record not signed", "第十七条第（三）项", func(d *Decision) { d.Hearing.RecordSigned = false }, RuleHearingRecord, lawgov.Fail,
			"听证会 2024-09-27，听证参加人未确认听证会记录并签字"},
		{"risk report without contingency plan", "第二十三条第二款", func(d *Decision) { d.Risk.Report.ContingencyPlan, d.Risk.Report.DepartmentsHeard = false, false }, RuleRiskReport, lawgov.Fail,
			"风险评估报告未听取有关部门意见、未提出处置预案"},
		{"no risk report", "第二十三条第二款", func(d *Decision) { d.Risk.Report = nil }, RuleRiskReport, lawgov.Fail, "风险评估完成于 2024-10-12，未形成风险评估报告"},
		{"existing assessment not redone", "第二十二条第二款; 第二十三条", func(d *Decision) {
			d.Risk.Existing, d.Risk.Report = "城区交通组织优化社会稳定风险评估报告", nil
		}, RuleRiskReport, lawgov.NotApplicable, ""},
		{"materials without fair competition review", "第二十九条第（一）项", func(d *Decision) { d.MarketActivity = true }, RuleMaterials, lawgov.Fail,
			"提交讨论的材料缺少：公平竞争审查的有关情况"},
		{"materials without risk report and opinion", "第二十九条第（四）（五）项", func(d *Decision) { d.Materials = d.Materials[:3] }, RuleMaterials, lawgov.Fail,
			"提交讨论的材料缺少：风险评估报告、合法性审查意见"},
		{"materials complete", "第二十九条", func(d *Decision) {}, RuleMaterials, lawgov.Pass, "提交讨论的材料齐全（5项）"},
		{"dissenter minuted has reduced liability", "第三十八条第三款", func(d *Decision) {}, RuleDissentLiability, lawgov.Pass,
			"会上表示不同意见的人员：副县长丙；已如实载明，决策严重失误时按照规定减免责任"},
		{"dissent not minuted gives no relief", "第三十八条第三款", func(d *Decision) { d.Discussion.DissentMinuted = false }, RuleDissentLiability, lawgov.NotApplicable,
			"会上表示不同意见的人员：副县长丙；会议记录未载明，无从依第三十八条第三款减免责任"},
		{"congress report missing", "第八条第一款", func(d *Decision) { d.CongressReport = true }, RuleCongressReport, lawgov.Fail,
			"决策事项按照规定应当在出台前向本级人大常委会报告，未记录报告"},
		{"congress report after publication", "第八条第一款", func(d *Decision) {
			d.CongressReport, d.Congress = true, &CongressReport{Reported: date("2024-11-20")}
		}, RuleCongressReport, lawgov.Fail, "于 2024-11-20 向本级人大常委会报告，晚于决策公布日 2024-11-15"},
		{"published on the website only", "第三十二条", func(d *Decision) { d.Publication.Channels = []Channel{Website} }, RulePublicationChannels, lawgov.Fail,
			"未通过本级人民政府公报公布"},
		{"gazette and website", "第三十二条", func(d *Decision) {}, RulePublicationChannels, lawgov.Pass, "已通过本级人民政府公报和政府网站公布"},
		{"technical decision published without explaining adoption", "第三十二条", func(d *Decision) { d.Publication.AdoptionExplained = false }, RulePublicationExplanation, lawgov.Fail,
			"决策事项专业性、技术性较强，公布时未说明公众意见、专家论证意见的采纳情况"},
		{"no execution unit", "第三十四条", func(d *Decision) { d.Execution = nil }, RuleExecutionUnit, lawgov.Fail,
			"决策已于 2024-11-05 作出，未明确决策执行单位"},
		{"execution unit named", "第三十四条", func(d *Decision) {}, RuleExecutionUnit, lawgov.Pass, "决策执行单位：县发展和改革局（2024-11-05 明确）"},
		{"chief suspends in an emergency", "第三十七条", func(d *Decision) {
			d.Changes = []Change{{Date: date("2024-12-10"), Kind: Suspension, ByChief: true, Urgent: true}}
		}, RuleChange, lawgov.Pass, "2024-12-10 中止执行，行政首长因第三十五条规定的情形、情况紧急先决定中止执行"},
		{"stopped without procedure", "第三十七条", func(d *Decision) {
			d.Changes = []Change{{Date: date("2024-12-10"), Kind: Termination}}
		}, RuleChange, lawgov.Fail, "2024-12-10 停止执行，未履行法定程序"},
		{"chief suspends without urgency", "第三十七条; 第三十五条", func(d *Decision) {
			d.Changes = []Change{{Date: date("2024-12-10"), Kind: Suspension, ByChief: true}}
		}, RuleChange, lawgov.Fail, ""},
		{"major adjustment through the procedure", "第三十七条", func(d *Decision) {
			d.Changes = []Change{{Date: date("2024-12-10"), Kind: Adjustment, ProcedureFollowed: true}}
		}, RuleChange, lawgov.Pass, ""},
	}
	seen := map[lawgov.RuleID]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := complete(t)
			tt.change(&d)
			r, err := National().Check(d, asOf, lawgov.OfficialCalendar())
			require.NoError(t, err)
			fs := r.Find(tt.rule)
			require.Len(t, fs, 1)
			assert.Equal(t, tt.want, fs[0].Outcome, "%s: %s", tt.basis, fs[0].Message)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, fs[0].Message, tt.basis)
			}
			seen[tt.rule] = true
		})
	}
	for _, rule := range National().Rules() {
		assert.True(t, seen[rule.ID], "no case for %s", rule.ID)
	}
}

func TestExcludedDecisionIsNotApplicableThroughout(t *testing.T) {
	d := complete(t)
	d.Exclusion, d.Matter = MacroControl, MatterTypeUnspecified
	r, err := National().Check(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	assert.Equal(t, len(r.Findings), r.Count(lawgov.NotApplicable))
	assert.Equal(t, Excluded, d.Applicability())
}

func TestMajorityBase(t *testing.T) {
	// agree 2, oppose 1, abstain 2; the chief rejects. Counted over votes
	// cast (2 > 1) the majority agrees, so the chief must state reasons;
	// counted over the 5 speakers nobody has more than half.
	d := complete(t)
	d.Discussion.Speakers = []Speaker{
		{Member: "甲", Position: Agree}, {Member: "乙", Position: Agree}, {Member: "丙", Position: Oppose},
		{Member: "丁", Position: Abstain}, {Member: "戊", Position: Abstain}, {Member: "县长", Chief: true, Position: Oppose},
	}
	d.Discussion.Ruling = Reject
	d.Publication = nil
	r, err := National().Check(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	assert.Equal(t, lawgov.Fail, r.Find(RuleMajorityReason)[0].Outcome)

	basis := lawgov.Citation{Instrument: "某省重大行政决策程序规定", Version: date("2020-01-01"), Article: 30}
	p, err := National().With(MajorityOf(MembersSpeaking, basis))
	require.NoError(t, err)
	r, err = p.Check(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	f := r.Find(RuleMajorityReason)[0]
	assert.Equal(t, lawgov.Pass, f.Outcome, f.Message)
	assert.Equal(t, "组成人员意见：同意2人、不同意1人、弃权2人（以发言人数计），无多数意见；行政首长决定不予通过，无需说明理由", f.Message)
	assert.Contains(t, f.Basis, basis)
}

func TestDeriveRegional(t *testing.T) {
	basis := lawgov.Citation{Instrument: "某省重大行政决策程序规定", Document: "某省人民政府令第1号", Version: date("2020-03-01")}
	national := National()
	regional, err := national.Derive("某省重大行政决策程序规定", basis, date("2020-05-01"),
		ReviewDays(10, basis.Art(26)),
		AddRule(RuleSpec{
			Rule: lawgov.Rule{ID: "decision.lawyer-letter", Title: "律师意见函", Severity: lawgov.Violation,
				Basis: []lawgov.Citation{ordos2021}},
			After: RuleReviewContent,
			Gate:  GateReview,
			Check: func(d *Decision, _ lawgov.Date, _ *lawgov.Calendar) (lawgov.Outcome, string, error) {
				if d.Review == nil {
					return lawgov.NotApplicable, "未送审", nil
				}
				if len(d.Review.AdviserOpinions) == 0 {
					return lawgov.Fail, "无律师意见函", nil
				}
				return lawgov.Pass, "律师意见函已出具", nil
			},
			BlocksDiscussion: true,
		}))
	require.NoError(t, err)
	assert.Equal(t, "某省重大行政决策程序规定", regional.Name())
	assert.Equal(t, 10, regional.ReviewDays())
	assert.Equal(t, 7, national.ReviewDays(), "national unchanged")
	assert.Equal(t, len(national.Rules())+1, len(regional.Rules()))
	for _, r := range National().Rules() {
		if r.ID == RuleReviewTime {
			assert.Len(t, r.Basis, 1, "national basis unchanged")
		}
	}

	d := complete(t)
	d.Discussion.Held = date("2024-10-28") // 2024-10-15..10-28: 10 working days
	r, err := regional.Check(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	f := r.Find(RuleReviewTime)[0]
	assert.Equal(t, lawgov.Pass, f.Outcome)
	d.Discussion.Held = date("2024-10-25") // 9 working days
	r, err = regional.Check(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	f = r.Find(RuleReviewTime)[0]
	assert.Equal(t, lawgov.Fail, f.Outcome)
	assert.Equal(t, "2024-10-14 送审，2024-10-25 出具审查意见（用时9个工作日），2024-10-25 提交讨论，留给审查的时间9个工作日，少于10个工作日，且送审时未说明理由", f.Message)
	assert.Equal(t, []lawgov.Citation{mdrCite(26, 2, 0), basis.Art(26)}, f.Basis)
	assert.Equal(t, "某省重大行政决策程序规定", f.Source)
	var ids []lawgov.RuleID
	for _, f := range r.Findings {
		ids = append(ids, f.Rule)
	}
	at := slices.Index(ids, RuleReviewContent)
	assert.Equal(t, lawgov.RuleID("decision.lawyer-letter"), ids[at+1], "inserted after review-content")

	d.Review.AdviserOpinions = nil
	a, err := regional.CanSubmitForDiscussion(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	assert.False(t, a.OK)
	assert.Contains(t, a.Reason, "律师意见函（无律师意见函）")

	r, err = national.Check(complete(t), asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	assert.True(t, r.OK())

	_, err = national.With(ReviewDays(0, basis))
	assert.EqualError(t, err, `decision: option review days "0": must be positive`)
	_, err = national.With(AddRule(RuleSpec{Rule: National().Rules()[0], Check: func(*Decision, lawgov.Date, *lawgov.Calendar) (lawgov.Outcome, string, error) {
		return lawgov.Pass, "", nil
	}}))
	assert.ErrorContains(t, err, "duplicate")
	_, err = national.Derive("", basis, date("2020-05-01"))
	assert.EqualError(t, err, `decision: derive "": empty name`)
}

func TestCheckErrors(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	_, err := Procedure{}.Check(complete(t), asOf, cal)
	assert.ErrorContains(t, err, "empty procedure")
	_, err = National().Check(complete(t), asOf, nil)
	assert.ErrorContains(t, err, "nil calendar")
	_, err = National().Check(Decision{}, asOf, cal)
	var inv *lawgov.InvalidInputError
	require.ErrorAs(t, err, &inv)
	assert.Equal(t, "Decision", inv.Type)

	d := complete(t)
	d.Review.Submitted, d.Review.Opinion, d.Discussion.Held = date("2027-03-01"), date("2027-03-20"), date("2027-04-01")
	_, err = National().Check(d, asOf, cal)
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)
}

func TestGatesAndAnswers(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	p := National()
	d := complete(t)
	r, err := p.Check(d, asOf, cal)
	require.NoError(t, err)
	s := p.Summarize(d, r)
	for _, g := range s.Gates {
		assert.Equal(t, GatePassed, g.Status, g.Gate.Label())
	}

	d.Technical, d.Experts = false, nil // not required
	d.Review.Content = NonCompliant     // failed
	d.Risk = nil                        // required: missing
	r, err = p.Check(d, asOf, cal)
	require.NoError(t, err)
	s = p.Summarize(d, r)
	want := []GateStatus{GatePassed, GateNotRequired, GateMissing, GateFailed, GateFailed}
	for i, g := range s.Gates {
		assert.Equal(t, want[i], g.Status, g.Gate.Label())
	}

	// A draft reviewed and found lawful may go to the meeting; one still
	// under review may not.
	d = complete(t)
	d.Discussion, d.PartyReport, d.Publication, d.Archive = nil, nil, nil, nil
	a, err := p.CanSubmitForDiscussion(d, date("2024-10-28"), cal)
	require.NoError(t, err)
	assert.True(t, a.OK, a.Reason)
	assert.Equal(t, "可以提交决策机关讨论", a.Reason)
	d.Review.Opinion = lawgov.Date{}
	a, err = p.CanSubmitForDiscussion(d, date("2024-10-20"), cal)
	require.NoError(t, err)
	assert.False(t, a.OK)
	assert.Equal(t, "不得提交决策机关讨论：合法性审查（县司法局于 2024-10-14 受理审查，截至 2024-10-20 尚未出具审查意见）；"+
		"保证必要的合法性审查时间（2024-10-14 送审，尚未提交讨论；截至 2024-10-20 已留出4个工作日，提交讨论前应当保证不少于7个工作日）；"+
		"未经合法性审查或经审查不合法不得提交讨论（合法性审查意见尚未出具，尚不得提交决策机关讨论）", a.Reason)

	d = complete(t)
	d.Publication = nil
	a, err = p.CanPublish(d, asOf, cal)
	require.NoError(t, err)
	assert.True(t, a.OK, a.Reason)
	d.PartyReport = nil
	a, err = p.CanPublish(d, asOf, cal)
	require.NoError(t, err)
	assert.False(t, a.OK)
	assert.Equal(t, "不得公布：向同级党委请示报告（未记录向同级党委请示报告）", a.Reason)
	d.NonPublic = true
	a, err = p.CanPublish(d, asOf, cal)
	require.NoError(t, err)
	assert.False(t, a.OK)
	assert.Equal(t, "不得公布：决策事项依法不予公开（第三十二条）", a.Reason)
}

func TestFlawedRecord(t *testing.T) {
	r, err := National().Check(load(t, "parking-flawed.json"), asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	var failed []lawgov.RuleID
	for _, f := range r.Failures() {
		failed = append(failed, f.Rule)
	}
	assert.Equal(t, []lawgov.RuleID{RuleLeadUnit, RuleCommentPeriod, RuleHearing, RuleExpertOpinions, RuleReviewPrerequisites,
		RuleReviewTime, RuleChiefSpeaksLast, RuleMajorityReason, RuleDissentMinuted, RulePartyReport, RulePublicationChannels, RuleArchive}, failed)
	assert.Equal(t, lawgov.Violation, r.Worst())
	assert.False(t, errors.Is(err, lawgov.ErrNoCalendarData))
}
