package decision

import (
	"errors"
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
	assert.Equal(t, 1, r.Count(lawgov.NotApplicable)) // post-evaluation only
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
		{"uncontrollable risk, draft adjusted", "第二十四条", func(d *Decision) { d.Risk.Result, d.Risk.DraftAdjusted = Uncontrollable, true }, RuleRiskControl, lawgov.Pass, ""},
		{"comment round instead of review", "第二十五条第一款", func(d *Decision) { d.Review.ByCommentRound = true }, RuleLegalityReview, lawgov.Fail,
			"县司法局于 2024-10-14 受理审查，但仅以征求意见方式代替合法性审查"},
		{"no review", "第二十五条第一款", func(d *Decision) { d.Review = nil }, RuleLegalityReview, lawgov.Fail, "决策草案未送请合法性审查"},
		{"risk assessment after submission", "第二十五条; 鄂尔多斯2021 三(一)", func(d *Decision) { d.Risk.Completed = date("2024-10-16") }, RuleReviewPrerequisites, lawgov.Fail,
			"送请合法性审查（2024-10-14）前风险评估至 2024-10-16 才完成，一律不予合法性审查"},
		{"review without participation", "第十四条; 鄂尔多斯2021 三(一)", func(d *Decision) { d.Participation = nil }, RuleReviewPrerequisites, lawgov.Fail,
			"送请合法性审查（2024-10-14）前未履行公众参与，一律不予合法性审查"},
		{"review of 9 working days", "第二十六条第二款", func(d *Decision) {}, RuleReviewTime, lawgov.Pass,
			"2024-10-14 送审，2024-10-25 出具审查意见，审查时间9个工作日，不少于7个工作日"},
		{"review across National Day with make-up Sunday", "第二十六条第二款", func(d *Decision) {
			d.Review.Submitted, d.Review.Opinion = date("2024-09-27"), date("2024-10-09")
		}, RuleReviewTime, lawgov.Fail, "2024-09-27 送审，2024-10-09 出具审查意见，审查时间4个工作日，少于7个工作日"},
		{"no adviser opinions", "第二十八条", func(d *Decision) { d.Review.AdviserOpinions = nil }, RuleReviewContent, lawgov.Fail,
			"审查意见：法定权限符合，法定程序符合，内容符合；未组织法律顾问、公职律师提出意见"},
		{"conclusion missing", "第二十七条", func(d *Decision) { d.Review.Procedure = VerdictUnspecified }, RuleReviewContent, lawgov.Fail, ""},
		{"unlawful draft discussed", "第二十五条第二款", func(d *Decision) { d.Review.Content = NonCompliant }, RuleDiscussionPrerequisite, lawgov.Fail,
			"合法性审查意见（2024-10-25）：不合法，不得提交讨论，但已于 2024-11-05 提交常务会议讨论"},
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
			"决策已于 2024-11-05 作出，截至 2024-12-31 未公布"},
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
	assert.Len(t, National().Rules()[13].Basis, 1, "national basis unchanged")

	d := complete(t) // 9 working days of review
	r, err := regional.Check(d, asOf, lawgov.OfficialCalendar())
	require.NoError(t, err)
	f := r.Find(RuleReviewTime)[0]
	assert.Equal(t, lawgov.Fail, f.Outcome)
	assert.Equal(t, "2024-10-14 送审，2024-10-25 出具审查意见，审查时间9个工作日，少于10个工作日", f.Message)
	assert.Equal(t, []lawgov.Citation{mdrCite(26, 2, 0), basis.Art(26)}, f.Basis)
	assert.Equal(t, lawgov.RuleID("decision.lawyer-letter"), r.Findings[15].Rule, "inserted after review-content")

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
	d.Review.Submitted, d.Review.Opinion = date("2016-03-01"), date("2016-03-20")
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
		RuleReviewTime, RuleChiefSpeaksLast, RuleMajorityReason, RuleDissentMinuted, RulePartyReport, RuleArchive}, failed)
	assert.Equal(t, lawgov.Violation, r.Worst())
	assert.False(t, errors.Is(err, lawgov.ErrNoCalendarData))
}
