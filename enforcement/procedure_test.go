package enforcement_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func fine(party enforcement.PartyKind, yuan string) *enforcement.Sanction {
	return &enforcement.Sanction{Party: party, Kinds: []enforcement.SanctionKind{enforcement.Fine}, Fine: decimal.RequireFromString(yuan)}
}

func TestPenaltyProcedure(t *testing.T) {
	reg := actionRegistry(t)
	yes, no := true, false
	onTheSpot := func(s *enforcement.Sanction) func(a *enforcement.Action) {
		return func(a *enforcement.Action) { a.OnTheSpot, a.Sanction = true, s }
	}
	revoke := &enforcement.Sanction{Party: enforcement.Organisation, Kinds: []enforcement.SanctionKind{enforcement.RevokeLicence}}
	runRuleCases(t, reg, basePenalty, d("2024-12-31"), []ruleCase{
		{"on the spot, 200 yuan to a citizen", "行政处罚法 第五十一条 「二百元以下」 (inclusive)", onTheSpot(fine(enforcement.Citizen, "200")),
			"enforcement.simple-procedure", lawgov.Pass, "对公民当场作出罚款 200.00 元，不超过 200.00 元"},
		{"on the spot, 200.01 yuan to a citizen", "行政处罚法 第五十一条", onTheSpot(fine(enforcement.Citizen, "200.01")),
			"enforcement.simple-procedure", lawgov.Fail, "对公民当场罚款 200.01 元，超过 200.00 元"},
		{"on the spot, 3000 yuan to a company", "行政处罚法 第五十一条 「三千元以下」", onTheSpot(fine(enforcement.Organisation, "3000")),
			"enforcement.simple-procedure", lawgov.Pass, "对法人或者其他组织当场作出罚款 3000.00 元，不超过 3000.00 元"},
		{"on the spot, a licence revoked", "行政处罚法 第五十一条 (罚款或者警告 only)", onTheSpot(revoke),
			"enforcement.simple-procedure", lawgov.Fail, "当场作出「吊销许可证件」，简易程序只适用罚款或者警告"},
		{"serious case discussed", "行政处罚法 第五十七条第二款",
			func(a *enforcement.Action) { a.Serious, a.Discussed = true, d("2024-05-09") },
			"enforcement.collective-decision", lawgov.Pass, "负责人 2024-05-09 集体讨论，2024-05-10 作出决定"},
		{"serious case not discussed", "行政处罚法 第五十七条第二款 「应当集体讨论决定」",
			func(a *enforcement.Action) { a.Serious = true },
			"enforcement.collective-decision", lawgov.Fail, "情节复杂或者重大违法行为，2024-05-10 作出处罚，未经负责人集体讨论"},
		{"licence revoked without hearing rights", "行政处罚法 第六十三条第一款第（三）项",
			func(a *enforcement.Action) { a.Sanction = revoke },
			"enforcement.hearing-rights", lawgov.Fail, "属于第六十三条第一款第（三）项降低资质等级、吊销许可证件，2024-05-10 作出决定，未告知听证权利"},
		{"fine without a 较大数额 in the rule set", "行政处罚法 第六十三条第一款第（一）项 (较大数额 is set by provinces, R)",
			func(a *enforcement.Action) { a.Sanction = fine(enforcement.Citizen, "50000") },
			"enforcement.hearing-rights", lawgov.NotApplicable, "规则集未设定较大数额标准，未判断罚款、没收是否属于第六十三条"},
		{"hearing requested on the 5th working day and held 7 working days after notice",
			"行政处罚法 第六十四条第（一）、（二）项; 第八十五条 (2024-04-28 and 2024-05-11 are make-up working days)",
			func(a *enforcement.Action) {
				a.Sanction = revoke
				a.Hearing = &enforcement.Hearing{Notified: d("2024-04-26"), Requested: d("2024-05-07"), NoticeOn: d("2024-05-08"), Held: d("2024-05-16")}
			},
			"enforcement.hearing-timing", lawgov.Pass, "2024-05-07 要求听证（告知后5个工作日内，届满 2024-05-07），2024-05-08 通知，2024-05-16 举行（最早 2024-05-16）"},
		{"hearing notice 6 working days before", "行政处罚法 第六十四条第（二）项 「举行听证的七日前」",
			func(a *enforcement.Action) {
				a.Sanction = revoke
				a.Hearing = &enforcement.Hearing{Notified: d("2024-04-26"), Requested: d("2024-05-07"), NoticeOn: d("2024-05-08"), Held: d("2024-05-15")}
			},
			"enforcement.hearing-timing", lawgov.Fail, "2024-05-08 通知听证，2024-05-15 举行，不足7个工作日（最早 2024-05-16）"},
		{"hearing requested late", "行政处罚法 第六十四条第（一）项 「告知后五日内提出」",
			func(a *enforcement.Action) {
				a.Sanction = revoke
				a.Hearing = &enforcement.Hearing{Notified: d("2024-04-26"), Requested: d("2024-05-08")}
			},
			"enforcement.hearing-timing", lawgov.Pass, "2024-04-26 告知，当事人 2024-05-08 要求听证，超过5个工作日（届满 2024-05-07），可不组织听证"},
		{"evidence disposed of on the 7th working day", "行政处罚法 第五十六条; 第八十五条",
			func(a *enforcement.Action) { a.Preserved, a.PreservationDecided = d("2024-04-26"), d("2024-05-09") },
			"enforcement.evidence-preservation", lawgov.Pass, "2024-04-26 先行登记保存，期限7个工作日，届满 2024-05-09，实际作出处理决定 2024-05-09"},
		{"evidence disposed of late", "行政处罚法 第五十六条 「应当在七日内及时作出处理决定」",
			func(a *enforcement.Action) { a.Preserved, a.PreservationDecided = d("2024-04-26"), d("2024-05-10") },
			"enforcement.evidence-preservation", lawgov.Fail, "2024-04-26 先行登记保存，期限7个工作日，届满 2024-05-09，实际作出处理决定 2024-05-10"},
		{"served on the 7th working day", "行政处罚法 第六十一条; 第八十五条 (National Day 2024; 2024-09-29 and 2024-10-12 are make-up working days)",
			func(a *enforcement.Action) {
				a.Decided, a.Served, a.Published = d("2024-09-27"), d("2024-10-12"), d("2024-10-08")
			},
			"enforcement.decision-service", lawgov.Pass, "决定 2024-09-27，当事人不在场，期限7个工作日，届满 2024-10-12，实际送达 2024-10-12"},
		{"served late", "行政处罚法 第六十一条 「七日内…送达当事人」",
			func(a *enforcement.Action) {
				a.Decided, a.Served, a.Published = d("2024-09-27"), d("2024-10-14"), d("2024-10-08")
			},
			"enforcement.decision-service", lawgov.Fail, "决定 2024-09-27，当事人不在场，期限7个工作日，届满 2024-10-12，实际送达 2024-10-14"},
		{"delivered on the spot", "行政处罚法 第六十一条 「宣告后当场交付当事人」",
			func(a *enforcement.Action) { a.Served = a.Decided },
			"enforcement.decision-service", lawgov.Pass, "2024-05-10 宣告后当场交付"},
		{"disclosed", "行政处罚法 第三十九条", func(a *enforcement.Action) { a.Disclosed = &yes },
			"enforcement.penalty-disclosure", lawgov.Pass, "实施机关、立案依据、实施程序和救济渠道已公示"},
		{"not disclosed", "行政处罚法 第三十九条", func(a *enforcement.Action) { a.Disclosed = &no },
			"enforcement.penalty-disclosure", lawgov.Fail, "实施机关、立案依据、实施程序和救济渠道未公示"},
		{"withdrawn on the 3rd working day", "行政处罚法 第四十八条第二款; 第八十五条 (Spring Festival 2024; 2024-02-18 is a make-up working Sunday)",
			func(a *enforcement.Action) {
				a.Withdrawal = &enforcement.Withdrawal{Changed: d("2024-02-08"), Withdrawn: d("2024-02-19"), Explained: true}
			},
			"enforcement.publicity-withdrawal", lawgov.Pass, "处罚决定 2024-02-08 被变更、撤销或者确认违法、无效，应于3个工作日内撤回，届满 2024-02-19，实际撤回 2024-02-19"},
		{"withdrawn late", "行政处罚法 第四十八条第二款 「三日内撤回」",
			func(a *enforcement.Action) {
				a.Withdrawal = &enforcement.Withdrawal{Changed: d("2024-02-08"), Withdrawn: d("2024-02-20"), Explained: true}
			},
			"enforcement.publicity-withdrawal", lawgov.Fail, "处罚决定 2024-02-08 被变更、撤销或者确认违法、无效，应于3个工作日内撤回，届满 2024-02-19，实际撤回 2024-02-20"},
		{"withdrawn without reasons", "行政处罚法 第四十八条第二款 「并公开说明理由」",
			func(a *enforcement.Action) {
				a.Withdrawal = &enforcement.Withdrawal{Changed: d("2024-02-08"), Withdrawn: d("2024-02-19")}
			},
			"enforcement.publicity-withdrawal", lawgov.Fail, "处罚决定 2024-02-08 被变更、撤销或者确认违法、无效，应于3个工作日内撤回，届满 2024-02-19，实际撤回 2024-02-19，未公开说明理由"},
		{"no legal basis", "行政处罚法 第三十八条第一款 「没有依据…行政处罚无效」",
			func(a *enforcement.Action) { a.NoLegalBasis = true },
			"enforcement.invalidity", lawgov.Fail, "行政处罚没有依据，无效"},
		{"no standing", "行政处罚法 第三十八条第一款 「实施主体不具有行政主体资格」",
			func(a *enforcement.Action) { a.NoStanding = true },
			"enforcement.invalidity", lawgov.Fail, "实施主体不具有行政主体资格，行政处罚无效"},
		{"no qualified officer", "行政处罚法 第三十八条第二款 (重大且明显违法 is for a reviewer to decide)",
			func(a *enforcement.Action) {
				a.Officers, a.CredentialsShown = []string{"A3", "X9"}, []string{"A3", "X9"}
			},
			"enforcement.invalidity", lawgov.Fail, "实施处罚的执法人员均不具备执法资格，可能构成违反法定程序重大且明显违法"},
		{"basis cited", "行政处罚法 第三十八条",
			func(a *enforcement.Action) {
				a.PenaltyBasis = lawgov.Citation{Instrument: "中华人民共和国食品安全法", Article: 124}
			},
			"enforcement.invalidity", lawgov.Pass, "依据《中华人民共和国食品安全法》第一百二十四条，实施主体具有行政主体资格"},
		{"limitation overridden by a law", "行政处罚法 第三十六条第一款 「法律另有规定的除外」 (治安管理处罚法: six months)",
			func(a *enforcement.Action) {
				a.Offence.Committed, a.Offence.Discovered = d("2024-01-10"), d("2024-07-11")
				a.Offence.LimitationOverride = enforcement.PeriodRule{Period: lawgov.Months(6), Basis: lawgov.Citation{Instrument: "中华人民共和国治安管理处罚法", Article: 22}}
			},
			"enforcement.limitation", lawgov.Fail, "违法行为 2024-01-10，追责期限6个月（依《中华人民共和国治安管理处罚法》第二十二条），至 2024-07-10，发现于 2024-07-11，已超过期限，不得再给予行政处罚"},
	})
}

// TestHearingLargeAmount sets a province's 较大数额 on the rule set: a fine
// of that amount or more gives the right to a hearing (行政处罚法 第六十三条第一款
// 第（一）项), and the rule cites the rule set's provision.
func TestHearingLargeAmount(t *testing.T) {
	rs := enforcement.Chibi()
	basis := lawgov.Citation{Instrument: "某省行政处罚听证程序规定（示例）", Article: 3}
	rs.LargeAmount = enforcement.FineLimits{Citizen: decimal.NewFromInt(5000), Organisation: decimal.NewFromInt(50000), Basis: basis}
	reg, err := enforcement.NewRegistry(rs)
	require.NoError(t, err)
	require.NoError(t, reg.Add(activeOfficer("A1", "市市场监管局"), activeOfficer("A2", "市市场监管局")))
	runRuleCases(t, reg, basePenalty, d("2024-12-31"), []ruleCase{
		{"5000 yuan to a citizen", "行政处罚法 第六十三条第一款第（一）项",
			func(a *enforcement.Action) {
				a.Sanction = fine(enforcement.Citizen, "5000")
				a.Hearing = &enforcement.Hearing{Notified: d("2024-04-26")}
			},
			"enforcement.hearing-rights", lawgov.Pass, "属于第六十三条第一款第（一）项较大数额罚款，2024-04-26 告知听证权利"},
		{"4999 yuan to a citizen", "行政处罚法 第六十三条第一款第（一）项",
			func(a *enforcement.Action) { a.Sanction = fine(enforcement.Citizen, "4999") },
			"enforcement.hearing-rights", lawgov.NotApplicable, "拟作出的处罚不属于第六十三条第一款所列情形"},
		{"hearing requested, not held", "行政处罚法 第六十三条第一款 「当事人要求听证的，行政机关应当组织听证」",
			func(a *enforcement.Action) {
				a.Sanction = fine(enforcement.Organisation, "60000")
				a.Hearing = &enforcement.Hearing{Notified: d("2024-04-26"), Requested: d("2024-04-29")}
			},
			"enforcement.hearing-rights", lawgov.Fail, "当事人 2024-04-29 要求听证，2024-05-10 未经听证作出决定"},
	})
	rep, err := enforcement.Check(basePenalty(), d("2024-12-31"), reg, nil)
	require.NoError(t, err)
	require.Equal(t, []lawgov.Citation{lawgov.AdministrativePenaltyLaw.Art(63), basis}, rep.Find("enforcement.hearing-rights")[0].Basis)
}

func TestRandomInspection(t *testing.T) {
	reg := actionRegistry(t)
	base := func() enforcement.Action {
		return enforcement.Action{ID: "赤市监检〔2024〕9号", Kind: enforcement.Inspection, Field: "市场监管", Region: "赤壁市", Date: d("2024-09-19"),
			Officers: []string{"A1", "A2"}, CredentialsShown: []string{"A1", "A2"},
			Records:    []enforcement.Stage{enforcement.StageStart, enforcement.StageInvestigation},
			Inspection: &enforcement.RandomInspection{TargetDrawn: true, InspectorsDrawn: true, Ended: d("2024-09-20"), Published: d("2024-10-23")}}
	}
	runRuleCases(t, reg, base, d("2024-12-31"), []ruleCase{
		{"both drawn", "优化营商环境条例 第五十四条", nil,
			"enforcement.random-inspection", lawgov.Pass, "随机抽取检查对象、随机选派执法检查人员"},
		{"inspectors chosen", "优化营商环境条例 第五十四条 「随机选派执法检查人员」",
			func(a *enforcement.Action) { a.Inspection.InspectorsDrawn = false },
			"enforcement.random-inspection", lawgov.Fail, "执法检查人员未随机选派"},
		{"special sector", "优化营商环境条例 第五十四条 (特殊行业、重点领域 excepted)",
			func(a *enforcement.Action) { a.Inspection.Exempt, a.Inspection.TargetDrawn = true, false },
			"enforcement.random-inspection", lawgov.NotApplicable, "属于直接涉及公共安全和人民群众生命健康等特殊行业、重点领域"},
		{"results published on the 20th working day", "冀政办发〔2015〕22号 (National Day 2024 and its make-up days)", nil,
			"enforcement.inspection-publicity", lawgov.Pass, "抽查 2024-09-20 结束，应于20个工作日内公示结果，届满 2024-10-23，实际公示 2024-10-23"},
		{"results published late", "冀政办发〔2015〕22号",
			func(a *enforcement.Action) { a.Inspection.Published = d("2024-10-24") },
			"enforcement.inspection-publicity", lawgov.Fail, "抽查 2024-09-20 结束，应于20个工作日内公示结果，届满 2024-10-23，实际公示 2024-10-24"},
	})
}
