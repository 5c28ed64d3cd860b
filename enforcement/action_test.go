package enforcement_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func actionRegistry(t testing.TB) *enforcement.Registry {
	suspended := activeOfficer("A3", "市市场监管局")
	suspended.History = append(suspended.History, enforcement.Event{Kind: enforcement.Suspended, Date: d("2024-03-01"), Until: d("2024-06-30")})
	return newRegistry(t, activeOfficer("A1", "市市场监管局"), activeOfficer("A2", "市市场监管局"), suspended)
}

func basePenalty() enforcement.Action {
	return enforcement.Action{
		ID: "赤市监罚〔2024〕12号", Kind: enforcement.Penalty, Field: "市场监管", Region: "赤壁市", Date: d("2024-03-05"),
		Officers: []string{"A1", "A2"}, CredentialsShown: []string{"A1", "A2"},
		Filed: d("2024-03-04"), Decided: d("2024-05-10"), Served: d("2024-05-13"), Published: d("2024-05-20"),
		Records: []enforcement.Stage{enforcement.StageStart, enforcement.StageInvestigation, enforcement.StageDecision, enforcement.StageService},
		Offence: &enforcement.Offence{Committed: d("2022-01-01"), Discovered: d("2024-01-01")}, Penalised: true,
	}
}

func TestCheck(t *testing.T) {
	reg := actionRegistry(t)
	asOf := d("2024-07-01")
	tests := []struct {
		name    string
		basis   string
		edit    func(a *enforcement.Action)
		rule    lawgov.RuleID
		subject string
		outcome lawgov.Outcome
		msg     string
	}{
		{"two officers", "行政处罚法 第四十二条", nil, "enforcement.two-officers", "", lawgov.Pass, "执法人员2人，不少于两人"},
		{"one officer", "行政处罚法 第四十二条 「执法人员不得少于两人」",
			func(a *enforcement.Action) { a.Officers, a.CredentialsShown = []string{"A1"}, []string{"A1"} },
			"enforcement.two-officers", "", lawgov.Fail, "执法人员1人，少于两人"},
		{"one officer where a law allows", "行政处罚法 第四十二条 「法律另有规定的除外」",
			func(a *enforcement.Action) {
				a.Officers, a.CredentialsShown = []string{"A1"}, []string{"A1"}
				a.SingleOfficerBasis = lawgov.Citation{Instrument: "中华人民共和国道路交通安全法", Article: 80}
			},
			"enforcement.two-officers", "", lawgov.Pass, "执法人员1人，依《中华人民共和国道路交通安全法》第八十条可由一人实施"},
		{"officer active", "行政处罚法 第四十二条; 赤政发〔2019〕7号 第(十六)项", nil, "enforcement.officer-authority", "A1", lawgov.Pass,
			"2024-03-05 持有效执法证 42-A1，载明领域「市场监管」区域「赤壁市」"},
		{"officer suspended", "行政处罚法 第四十二条; 河南省行政执法条例 第四十二条",
			func(a *enforcement.Action) {
				a.Officers, a.CredentialsShown = []string{"A1", "A3"}, []string{"A1", "A3"}
			},
			"enforcement.officer-authority", "A3", lawgov.Fail, "2024-03-05 执法资格状态为「暂扣」，不得执法"},
		{"officer unknown", "行政处罚法 第四十二条",
			func(a *enforcement.Action) { a.Officers = []string{"A1", "Q9"} },
			"enforcement.officer-authority", "Q9", lawgov.Fail, "未在执法人员信息库中"},
		{"officer outside field", "行政处罚法 第四十二条",
			func(a *enforcement.Action) { a.Field = "生态环境" },
			"enforcement.officer-authority", "A2", lawgov.Fail, "2024-03-05 执法证 42-A2 不含领域「生态环境」区域「赤壁市」"},
		{"credential not shown", "行政处罚法 第五十五条",
			func(a *enforcement.Action) { a.CredentialsShown = []string{"A1"} },
			"enforcement.credential-shown", "", lawgov.Fail, "调查或者检查时未出示执法证件：A2"},
		{"credential not shown on the spot", "行政处罚法 第五十二条",
			func(a *enforcement.Action) { a.CredentialsShown, a.OnTheSpot = nil, true },
			"enforcement.credential-shown", "", lawgov.Fail, "当场作出处罚决定时未出示执法证件：A1、A2"},
		{"major case without review", "行政处罚法 第五十八条第一款",
			func(a *enforcement.Action) { a.Major.PublicInterest = true },
			"enforcement.legal-review", "", lawgov.Fail, "属于第五十八条第一款第（一）项情形，2024-05-10 作出决定，未经法制审核"},
		{"major case reviewed after the decision", "行政处罚法 第五十八条第一款 「在…作出行政处罚的决定之前」",
			func(a *enforcement.Action) {
				a.Major.Complex = true
				a.Review = &enforcement.LegalReview{Date: d("2024-05-11"), Passed: true, Reviewer: "周九", FirstAppointed: d("2019-01-01")}
				a.Records = append(a.Records, enforcement.StageReview)
			},
			"enforcement.legal-review", "", lawgov.Fail, "法制审核 2024-05-11 晚于决定 2024-05-10"},
		{"major case review failed", "行政处罚法 第五十八条第一款 「审核未通过的，不得作出决定」",
			func(a *enforcement.Action) {
				a.Major.HeardMajor = true
				a.Review = &enforcement.LegalReview{Date: d("2024-05-08"), Reviewer: "周九", FirstAppointed: d("2019-01-01")}
			},
			"enforcement.legal-review", "", lawgov.Fail, "2024-05-08 法制审核未通过，2024-05-10 仍作出决定"},
		{"major case reviewed", "行政处罚法 第五十八条第一款",
			func(a *enforcement.Action) {
				a.Major.HeardMajor, a.Major.Complex = true, true
				a.Review = &enforcement.LegalReview{Date: d("2024-05-08"), Passed: true, Reviewer: "周九", FirstAppointed: d("2019-01-01")}
			},
			"enforcement.legal-review", "", lawgov.Pass, "属于第五十八条第一款第（二）项第（三）项情形，2024-05-08 法制审核通过，2024-05-10 作出决定"},
		{"reviewer appointed on 2021-07-15 without qualification", "行政处罚法 第五十八条第二款",
			func(a *enforcement.Action) {
				a.Review = &enforcement.LegalReview{Date: d("2024-05-08"), Passed: true, Reviewer: "吴十", FirstAppointed: d("2021-07-15")}
			},
			"enforcement.reviewer-qualification", "", lawgov.Fail, "审核人员吴十 2021-07-15 初次从事法制审核，未取得法律职业资格"},
		{"reviewer appointed before the revision", "行政处罚法 第五十八条第二款 「初次从事」",
			func(a *enforcement.Action) {
				a.Review = &enforcement.LegalReview{Date: d("2024-05-08"), Passed: true, Reviewer: "吴十", FirstAppointed: d("2021-07-14")}
			},
			"enforcement.reviewer-qualification", "", lawgov.Pass, "审核人员吴十 2021-07-14 初次从事法制审核，早于 2021-07-15"},
		{"decision on the last day", "行政处罚法 第六十条; 民法典 第二百零三条 (2024-06-02 is a Sunday)",
			func(a *enforcement.Action) { a.Decided, a.Published = d("2024-06-03"), d("2024-06-04") },
			"enforcement.decision-deadline", "", lawgov.Pass, "立案 2024-03-04，期限90日，届满 2024-06-03，实际决定 2024-06-03"},
		{"decision late", "行政处罚法 第六十条",
			func(a *enforcement.Action) { a.Decided, a.Published = d("2024-06-04"), d("2024-06-05") },
			"enforcement.decision-deadline", "", lawgov.Fail, "立案 2024-03-04，期限90日，届满 2024-06-03，实际决定 2024-06-04"},
		{"decision overdue and not made", "行政处罚法 第六十条",
			func(a *enforcement.Action) {
				a.Decided, a.Served, a.Published = lawgov.Date{}, lawgov.Date{}, lawgov.Date{}
			},
			"enforcement.decision-deadline", "", lawgov.Fail, "立案 2024-03-04，期限90日，届满 2024-06-03，至 2024-07-01 仍未作出决定"},
		{"decision period still running", "行政处罚法 第六十条 (2024-05-01 + 90 days = 2024-07-30, a Tuesday)",
			func(a *enforcement.Action) {
				a.Filed, a.Decided, a.Served, a.Published = d("2024-05-01"), lawgov.Date{}, lawgov.Date{}, lawgov.Date{}
			},
			"enforcement.decision-deadline", "", lawgov.NotApplicable, "立案 2024-05-01，期限90日，届满 2024-07-30，尚未作出决定"},
		{"publicity period still running", "国办发〔2018〕118号 (7 working days from Friday 2024-06-28)",
			func(a *enforcement.Action) { a.Decided, a.Published = d("2024-06-28"), lawgov.Date{} },
			"enforcement.publicity", "", lawgov.NotApplicable, "决定 2024-06-28，应于7个工作日内公开，届满 2024-07-09，尚未公开"},
		{"publicity on the 7th working day", "国办发〔2018〕118号 (2024-05-11 is a make-up working Saturday)", nil,
			"enforcement.publicity", "", lawgov.Pass, "决定 2024-05-10，应于7个工作日内公开，届满 2024-05-20，实际公开 2024-05-20"},
		{"publicity late", "国办发〔2018〕118号",
			func(a *enforcement.Action) { a.Published = d("2024-05-21") },
			"enforcement.publicity", "", lawgov.Fail, "决定 2024-05-10，应于7个工作日内公开，届满 2024-05-20，实际公开 2024-05-21"},
		{"inspection result publicity 20 working days", "国办发〔2018〕118号 (counting the make-up Saturday 2024-05-11)",
			func(a *enforcement.Action) {
				a.Kind, a.Filed, a.Offence, a.Published = enforcement.Inspection, lawgov.Date{}, nil, lawgov.Date{}
			},
			"enforcement.publicity", "", lawgov.Fail, "决定 2024-05-10，应于20个工作日内公开，届满 2024-06-06，至 2024-07-01 仍未公开"},
		{"records complete", "行政处罚法 第四十七条", nil, "enforcement.full-process-record", "", lawgov.Pass, "已进行的4个环节均有记录"},
		{"records missing", "行政处罚法 第四十七条",
			func(a *enforcement.Action) {
				a.Records = a.Records[:2]
				a.Executed = d("2024-06-01")
			},
			"enforcement.full-process-record", "", lawgov.Fail, "已进行的环节缺少记录：决定、送达、执行"},
		{"limitation last day", "行政处罚法 第三十六条 「二年内未被发现的」", nil,
			"enforcement.limitation", "", lawgov.Pass, "违法行为 2022-01-01，追责期限2年，至 2024-01-01，发现于 2024-01-01，未超过期限"},
		{"limitation passed", "行政处罚法 第三十六条",
			func(a *enforcement.Action) { a.Offence.Discovered = d("2024-01-02") },
			"enforcement.limitation", "", lawgov.Fail, "违法行为 2022-01-01，追责期限2年，至 2024-01-01，发现于 2024-01-02，已超过期限，不得再给予行政处罚"},
		{"limitation five years for life and health", "行政处罚法 第三十六条 「延长至五年」",
			func(a *enforcement.Action) {
				a.Offence.Discovered, a.Offence.LifeHealth, a.Offence.Harm = d("2026-12-31"), true, true
				a.Offence.Ended = d("2022-03-01")
			},
			"enforcement.limitation", "", lawgov.Pass, "违法行为 2022-01-01 至 2022-03-01 持续，追责期限5年，至 2027-03-01，发现于 2026-12-31，未超过期限"},
		{"must not penalise", "行政处罚法 第三十三条第一款 第一句",
			func(a *enforcement.Action) { a.Offence.Minor, a.Offence.Corrected = true, true },
			"enforcement.no-penalty", "", lawgov.Fail, "属于「不予行政处罚」情形，却给予了行政处罚"},
		{"no fault", "行政处罚法 第三十三条第二款",
			func(a *enforcement.Action) { a.Offence.NoFault = true },
			"enforcement.no-penalty", "", lawgov.Fail, "属于「不予行政处罚」情形，却给予了行政处罚"},
		{"first violation may go unpunished", "行政处罚法 第三十三条第一款 第二句 (首违不罚)",
			func(a *enforcement.Action) {
				a.Offence.FirstTime, a.Offence.HarmMinor, a.Offence.Corrected, a.Offence.Harm = true, true, true, true
				a.Penalised, a.Educated = false, true
			},
			"enforcement.no-penalty", "", lawgov.Pass, "判定为「可以不予行政处罚」，未给予行政处罚"},
		{"no ground for no penalty", "行政处罚法 第三十三条",
			func(a *enforcement.Action) { a.Penalised, a.Educated = false, true },
			"enforcement.no-penalty", "", lawgov.Fail, "不符合第三十三条不予处罚情形，却未给予行政处罚"},
		{"no education", "行政处罚法 第三十三条第三款",
			func(a *enforcement.Action) {
				a.Offence.Minor, a.Offence.Corrected = true, true
				a.Penalised = false
			},
			"enforcement.education", "", lawgov.Fail, "不予处罚，未记录对当事人的教育"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := basePenalty()
			if tt.edit != nil {
				tt.edit(&a)
			}
			rep, err := enforcement.Check(a, asOf, reg, nil)
			require.NoError(t, err)
			subj := tt.subject
			if subj == "" {
				subj = a.ID
			}
			var got *lawgov.Finding
			for i, f := range rep.Findings {
				if f.Rule == tt.rule && f.Subject == subj {
					got = &rep.Findings[i]
				}
			}
			require.NotNil(t, got, "%s for %s in %v", tt.rule, subj, rep.Findings)
			assert.Equal(t, tt.outcome, got.Outcome, tt.basis)
			assert.Equal(t, tt.msg, got.Message, tt.basis)
		})
	}
}

func TestCheckBaseIsClean(t *testing.T) {
	rep, err := enforcement.Check(basePenalty(), d("2024-07-01"), actionRegistry(t), nil)
	require.NoError(t, err)
	assert.True(t, rep.OK(), "%v", rep.Failures())
	ids := map[lawgov.RuleID]bool{}
	for _, f := range rep.Findings {
		ids[f.Rule] = true
	}
	assert.Len(t, ids, 29, "every action rule reports a finding")
}

func TestCheckErrors(t *testing.T) {
	reg := actionRegistry(t)
	_, err := enforcement.Check(basePenalty(), d("2024-07-01"), nil, nil)
	assert.EqualError(t, err, `enforcement: check action "赤市监罚〔2024〕12号": no officer lookup`)
	_, err = enforcement.Check(enforcement.Action{}, d("2024-07-01"), reg, nil)
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "Action", ie.Type)
	a := basePenalty()
	a.Filed = d("2026-11-01") // the end of the period falls in 2027: no data
	_, err = enforcement.Check(a, d("2027-07-01"), reg, nil)
	require.ErrorIs(t, err, lawgov.ErrNoCalendarData)
}

func TestExemption(t *testing.T) {
	penalty := lawgov.AdministrativePenaltyLaw
	tests := []struct {
		name, basis string
		f           enforcement.Offence
		want        enforcement.Exemption
		wantBasis   lawgov.Citation
	}{
		{"minor, corrected, no harm", "行政处罚法 第三十三条第一款 第一句", enforcement.Offence{Minor: true, Corrected: true}, enforcement.MustNotPenalise, penalty.Cite(33, 1, 0)},
		{"minor, corrected, harm", "行政处罚法 第三十三条第一款 第一句", enforcement.Offence{Minor: true, Corrected: true, Harm: true}, enforcement.NoExemption, penalty.Art(33)},
		{"first violation", "行政处罚法 第三十三条第一款 第二句", enforcement.Offence{FirstTime: true, HarmMinor: true, Corrected: true, Harm: true}, enforcement.MayNotPenalise, penalty.Cite(33, 1, 0)},
		{"first violation not corrected", "行政处罚法 第三十三条第一款 第二句", enforcement.Offence{FirstTime: true, HarmMinor: true}, enforcement.NoExemption, penalty.Art(33)},
		{"no fault", "行政处罚法 第三十三条第二款", enforcement.Offence{NoFault: true}, enforcement.MustNotPenalise, penalty.Cite(33, 2, 0)},
		{"no fault excluded by law", "行政处罚法 第三十三条第二款 「另有规定的，从其规定」", enforcement.Offence{NoFault: true, StrictBy: "某法"}, enforcement.NoExemption, penalty.Art(33)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, basis := tt.f.Exemption()
			assert.Equal(t, tt.want, got, tt.basis)
			assert.Equal(t, tt.wantBasis, basis, tt.basis)
		})
	}
}

// TestCheckInto checks that CheckInto gives the report Check gives,
// reusing one findings array for actions of different sizes, and that an
// error leaves no findings.
func TestCheckInto(t *testing.T) {
	reg := actionRegistry(t)
	asOf := d("2024-07-01")
	one := basePenalty()
	one.Officers, one.CredentialsShown = []string{"A1"}, []string{"A1"}
	three := basePenalty()
	three.Officers = []string{"A1", "A2", "A3"}
	late := basePenalty()
	late.Published = lawgov.Date{}
	var rep lawgov.Report
	for _, a := range []enforcement.Action{basePenalty(), three, one, late, basePenalty()} {
		want, err := enforcement.Check(a, asOf, reg, nil)
		require.NoError(t, err)
		require.NoError(t, enforcement.CheckInto(&rep, a, asOf, reg, nil))
		assert.Equal(t, want, rep, a.ID)
	}
	bad := basePenalty()
	bad.Field = ""
	_, want := enforcement.Check(bad, asOf, reg, nil)
	err := enforcement.CheckInto(&rep, bad, asOf, reg, nil)
	require.Error(t, err)
	assert.Equal(t, want.Error(), err.Error())
	assert.Empty(t, rep.Findings)
}
