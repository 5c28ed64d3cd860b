package main

import (
	"fmt"

	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/lawgov"
)

// compliant returns a decision of the county government that went through
// every step in time, launched on t0.
func compliant(n int, title, lead string, matter decision.MatterType, t0 lawgov.Date, technical, risky bool) decision.Decision {
	dec := decision.Decision{
		ID: fmt.Sprintf("QX-2025-JC-%02d", n), Title: title,
		Body:   decision.Body{Name: government, Level: decision.County},
		Matter: matter,
		Catalogue: decision.Catalogue{Listed: true, Entry: fmt.Sprintf("清溪县2025年度重大行政决策事项目录第%d项", n),
			PartyCommitteeConsent: true, Published: d(2025, 3, 20)},
		Units:         []decision.Unit{{Name: unitName(lead), Lead: true}},
		Launched:      t0,
		Technical:     technical,
		StabilityRisk: risky,
		Participation: &decision.Participation{Methods: []string{"网上公开征求意见", "座谈会"},
			CallPublished: t0.AddDays(14), CallClosed: t0.AddDays(14 + 32), OpinionsReceived: 20 + 7*n, AdoptionRecorded: true},
	}
	next := t0.AddDays(48)
	if technical {
		dec.Experts = &decision.Experts{Completed: next, Experts: []decision.Expert{
			{Name: "周某", Institution: "省社会科学院", Signed: true},
			{Name: "吴某", Institution: "市规划设计研究院", Signed: true},
			{Name: "郑某", Institution: "某大学法学院", Signed: true},
		}}
	}
	if risky {
		dec.Risk = &decision.RiskAssessment{Completed: next.AddDays(2), Result: decision.Controllable,
			Report: &decision.RiskReport{DepartmentsHeard: true, RiskPoints: true, Measures: true, ContingencyPlan: true}}
	}
	sub := next.AddDays(6)
	dec.Review = &decision.LegalityReview{Reviewer: "县司法局", Submitted: sub, Opinion: sub.AddDays(16),
		Authority: decision.Compliant, Procedure: decision.Compliant, Content: decision.Compliant,
		AdviserOpinions: []decision.AdviserOpinion{{Adviser: "县政府法律顾问（清溪律师事务所）", Given: sub.AddDays(10)}}}
	dec.Materials = []decision.Material{decision.MaterialDraft, decision.MaterialOpinionAdoption}
	if technical {
		dec.Materials = append(dec.Materials, decision.MaterialExpertAdoption)
	}
	if risky {
		dec.Materials = append(dec.Materials, decision.MaterialRiskReport)
	}
	dec.Materials = append(dec.Materials, decision.MaterialReviewOpinion)
	held := sub.AddDays(30)
	dec.Discussion = &decision.Discussion{Kind: decision.ExecutiveMeeting, Held: held, Ruling: decision.Adopt,
		Speakers: []decision.Speaker{
			{Member: "常务副县长", Position: decision.Agree},
			{Member: "副县长甲", Position: decision.Agree},
			{Member: "副县长乙", Position: decision.Agree},
			{Member: "县长", Chief: true, Position: decision.Agree},
		}}
	dec.PartyReport = &decision.PartyReport{Reported: held.AddDays(3)}
	dec.Publication = &decision.Publication{Published: held.AddDays(10), Channels: []decision.Channel{decision.Website, decision.Gazette},
		AdoptionExplained: true}
	dec.Execution = &decision.Execution{Unit: unitName(lead), Designated: held}
	steps := []decision.Step{decision.StepParticipation}
	if technical {
		steps = append(steps, decision.StepExperts)
	}
	if risky {
		steps = append(steps, decision.StepRisk)
	}
	steps = append(steps, decision.StepReview, decision.StepDiscussion, decision.StepPartyReport, decision.StepPublication)
	dec.Archive = &decision.Archive{Archived: held.AddDays(30), Steps: steps}
	return dec
}

func (x *g) decisions() error {
	var ds []decision.Decision
	for c := range x.scale {
		ds = append(ds, decisionSet(13*c)...)
	}
	for i := range ds {
		if err := ds[i].Validate(); err != nil {
			return fmt.Errorf("decision %s: %w", ds[i].ID, err)
		}
	}
	return x.writeJSON("decisions.json", ds)
}

// decisionSet returns the 13 decisions of one copy of the county, numbered
// from off+1.
func decisionSet(off int) []decision.Decision {
	var ds []decision.Decision

	// 01–04 comply.
	ds = append(ds,
		compliant(off+1, "清溪县国土空间总体规划（2021—2035年）实施方案", "qx.nr", decision.Plan, d(2025, 3, 3), true, true),
		compliant(off+2, "清溪县城区公共停车场收费标准调整", "qx.ndrc", decision.PublicPolicy, d(2025, 3, 17), false, true),
		compliant(off+3, "清溪县义务教育学校布局调整规划", "qx.edu", decision.Plan, d(2025, 4, 7), true, true),
		compliant(off+4, "清溪县城乡供水一体化工程建设", "qx.water", decision.PublicProject, d(2025, 4, 21), true, true),
	)

	// 05: comment period of 20 days, no reason stated (第十五条).
	dd := compliant(off+5, "清溪县农贸市场升级改造实施方案", "qx.samr", decision.PublicProject, d(2025, 5, 5), false, true)
	dd.Participation.CallClosed = dd.Participation.CallPublished.AddDays(19)
	ds = append(ds, dd)

	// 06: discussed 4 working days after the draft was sent for legality
	// review (第二十六条第二款).
	dd = compliant(off+6, "清溪县老旧小区改造三年行动计划", "qx.housing", decision.PublicPolicy, d(2025, 5, 19), false, true)
	dd.Review.Opinion = lawgov.MustDate(2025, 7, 17)
	dd.Review.Submitted = lawgov.MustDate(2025, 7, 11)
	dd.Review.AdviserOpinions[0].Given = lawgov.MustDate(2025, 7, 16)
	dd.Discussion.Held = lawgov.MustDate(2025, 7, 17)
	dd.Execution.Designated = dd.Discussion.Held
	ds = append(ds, dd)

	// 07: the chief does not speak last (第三十条).
	dd = compliant(off+7, "清溪县城市公交线网优化方案", "qx.transport", decision.PublicPolicy, d(2025, 6, 2), true, false)
	dd.Discussion.Speakers = []decision.Speaker{
		{Member: "常务副县长", Position: decision.Agree},
		{Member: "县长", Chief: true, Position: decision.Agree},
		{Member: "副县长甲", Position: decision.Agree},
		{Member: "副县长乙", Position: decision.Oppose},
	}
	ds = append(ds, dd)

	// 08: an expert with a direct interest, and an unsigned opinion (第十九条、第二十条).
	dd = compliant(off+8, "清溪县溪口河流域生态保护与修复规划", "qx.eco", decision.Resources, d(2025, 6, 16), true, true)
	dd.Experts.Experts[1] = decision.Expert{Name: "冯某", Institution: "清溪溪口砂石开发有限公司", DirectInterest: true, Signed: false}
	ds = append(ds, dd)

	// 09: discussed at a special meeting, not an executive meeting (第三十条).
	dd = compliant(off+9, "清溪县最低生活保障标准调整", "qx.civil", decision.PublicPolicy, d(2025, 7, 7), false, true)
	dd.Discussion.Kind = decision.SpecialMeeting
	ds = append(ds, dd)

	// 10: review submitted before the call for comments closed (gate).
	dd = compliant(off+10, "清溪县县城建成区禁止燃放烟花爆竹规定", "qx.emergency", decision.PublicPolicy, d(2025, 7, 21), false, true)
	dd.Review.Submitted = dd.Participation.CallClosed.AddDays(-5)
	dd.Review.Opinion = dd.Participation.CallClosed.AddDays(12)
	dd.Review.AdviserOpinions[0].Given = dd.Participation.CallClosed.AddDays(8)
	ds = append(ds, dd)

	// 11: a hearing whose materials reached the participants 5 days ahead
	// (第十六条), and a decision adopted but not yet published.
	dd = compliant(off+11, "清溪县集中供热价格调整", "qx.ndrc", decision.PublicPolicy, d(2025, 8, 4), false, true)
	h := dd.Participation.CallClosed.AddDays(-4)
	dd.Hearing = &decision.Hearing{Held: h, NoticePublished: h.AddDays(-15), MaterialsDelivered: h.AddDays(-5), ParticipantsPublished: h.AddDays(-9), RecordSigned: true}
	dd.Publication = nil
	dd.Archive = nil
	ds = append(ds, dd)

	// 12: a department decision (参照执行) with two lead units (第十一条).
	dd = compliant(off+12, "清溪县校外培训机构收费监管办法", "qx.edu", decision.PublicPolicy, d(2025, 8, 18), false, false)
	dd.Body = decision.Body{Name: "县教育局", Level: decision.Department}
	dd.Units = []decision.Unit{{Name: "县教育局", Lead: true}, {Name: "县市场监督管理局", Lead: true}}
	dd.Discussion.Speakers[3].Member = "局长"
	ds = append(ds, dd)

	// 13: an emergency decision, outside the regulation (第三条第二款).
	dd = compliant(off+13, "清溪县“7·12”暴雨灾后应急安置", "qx.emergency", decision.MatterTypeUnspecified, d(2025, 7, 13), false, false)
	dd.Exclusion = decision.Emergency
	ds = append(ds, dd)

	return ds
}
