package enforcement_test

import (
	"testing"
	"time"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ruleCase is one rule applied to one action: the edit of a base action,
// the rule, the outcome and the message, and the provision it exercises.
type ruleCase struct {
	name    string
	basis   string
	edit    func(a *enforcement.Action)
	rule    lawgov.RuleID
	outcome lawgov.Outcome
	msg     string
}

// runRuleCases checks each case against a fresh copy of base() as of asOf.
func runRuleCases(t *testing.T, reg enforcement.OfficerLookup, base func() enforcement.Action, asOf lawgov.Date, tests []ruleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := base()
			if tt.edit != nil {
				tt.edit(&a)
			}
			rep, err := enforcement.Check(a, asOf, reg, nil)
			require.NoError(t, err)
			got := rep.Find(tt.rule)
			require.Len(t, got, 1, "%s in %v", tt.rule, rep.Findings)
			assert.Equal(t, tt.outcome, got[0].Outcome, tt.basis)
			assert.Equal(t, tt.msg, got[0].Message, tt.basis)
		})
	}
}

var cst = time.FixedZone("CST", 8*60*60)

// baseSeizure is an 扣押 carried out by two officers on Friday 2024-09-20
// with prior approval and a signed on-site record, released on 2024-10-21.
func baseSeizure() enforcement.Action {
	return enforcement.Action{
		ID: "赤市监强〔2024〕3号", Kind: enforcement.CoerciveMeasure, Field: "市场监管", Region: "赤壁市", Date: d("2024-09-20"),
		Officers: []string{"A1", "A2"}, CredentialsShown: []string{"A1", "A2"},
		Records: []enforcement.Stage{enforcement.StageStart, enforcement.StageInvestigation},
		Coercion: &enforcement.Coercion{Measure: enforcement.Seize, Approved: d("2024-09-20"),
			Record:   enforcement.SiteRecord{Made: true, OfficersSigned: true, PartyPresent: true, PartySigned: true, Informed: true, Heard: true},
			Released: d("2024-10-21")},
	}
}

func TestCoerciveMeasures(t *testing.T) {
	reg := actionRegistry(t)
	urgent := func(reported string) func(a *enforcement.Action) {
		return func(a *enforcement.Action) {
			k := a.Coercion
			k.Urgent, k.Started, k.Approved = true, time.Date(2024, 9, 20, 9, 30, 0, 0, cst), d("2024-09-21")
			if reported != "" {
				r, err := time.ParseInLocation("2006-01-02 15:04", reported, cst)
				if err != nil {
					panic(err)
				}
				k.Reported = r
			}
		}
	}
	runRuleCases(t, reg, baseSeizure, d("2024-12-01"), []ruleCase{
		{"two officers", "行政强制法 第十八条第（二）项", nil,
			"enforcement.coercion-two-officers", lawgov.Pass, "执法人员2人实施行政强制措施，不少于两人"},
		{"one officer with a traffic-law basis", "行政强制法 第十八条第（二）项: no exception; 行政处罚法 第四十二条 applies to penalties only",
			func(a *enforcement.Action) {
				a.Officers, a.CredentialsShown = []string{"A1"}, []string{"A1"}
				a.SingleOfficerBasis = lawgov.Citation{Instrument: "中华人民共和国道路交通安全法实施条例", Article: 107}
			},
			"enforcement.coercion-two-officers", lawgov.Fail, "执法人员1人实施行政强制措施；所引《中华人民共和国道路交通安全法实施条例》第一百零七条不能排除行政强制法第十八条第（二）项"},
		{"the penalty rule does not judge a coercive measure", "行政处罚法 第四十二条",
			func(a *enforcement.Action) { a.Officers, a.CredentialsShown = []string{"A1"}, []string{"A1"} },
			"enforcement.two-officers", lawgov.NotApplicable, "行政强制措施适用《中华人民共和国行政强制法》第十八条第（二）项，不适用本条除外规定"},
		{"delegated", "行政强制法 第十七条第一款 「行政强制措施权不得委托」",
			func(a *enforcement.Action) { a.Coercion.Delegated = true },
			"enforcement.coercion-no-delegation", lawgov.Fail, "扣押由受委托组织实施，行政强制措施权不得委托"},
		{"approved before", "行政强制法 第十八条第（一）项", nil,
			"enforcement.coercion-approval", lawgov.Pass, "负责人 2024-09-20 批准，2024-09-20 实施扣押"},
		{"approved after", "行政强制法 第十八条第（一）项 「实施前须…经批准」",
			func(a *enforcement.Action) { a.Coercion.Approved = d("2024-09-23") },
			"enforcement.coercion-approval", lawgov.Fail, "2024-09-20 实施扣押，负责人 2024-09-23 批准，晚于实施"},
		{"no record of the measure", "行政强制法 第十八条第（一）项",
			func(a *enforcement.Action) { a.Coercion = nil },
			"enforcement.coercion-approval", lawgov.Fail, "未记录实施前向行政机关负责人报告并经批准"},
		{"urgent: approval rule gives way", "行政强制法 第十九条", urgent("2024-09-21 09:00"),
			"enforcement.coercion-approval", lawgov.NotApplicable, "情况紧急当场实施，适用第十九条"},
		{"urgent: reported within 24 hours", "行政强制法 第十九条 「二十四小时内…报告，并补办批准手续」", urgent("2024-09-21 09:00"),
			"enforcement.coercion-urgent-report", lawgov.Pass, "2024-09-20 09:30 当场实施，2024-09-21 09:00 报告，2024-09-21 补办批准"},
		{"urgent: reported after 24 hours", "行政强制法 第十九条", urgent("2024-09-21 10:00"),
			"enforcement.coercion-urgent-report", lawgov.Fail, "2024-09-20 09:30 当场实施，2024-09-21 10:00 报告，超过二十四小时"},
		{"urgent: never reported", "行政强制法 第十九条", urgent(""),
			"enforcement.coercion-urgent-report", lawgov.Fail, "2024-09-20 09:30 当场实施，至 2024-12-01 未向负责人报告"},
		{"record signed", "行政强制法 第十八条第（七）、（八）项", nil,
			"enforcement.coercion-site-record", lawgov.Pass, "现场笔录已制作，执法人员签名，当事人签名"},
		{"refusal noted", "行政强制法 第十八条第（八）项 「当事人拒绝的，在笔录中予以注明」",
			func(a *enforcement.Action) {
				a.Coercion.Record.PartySigned, a.Coercion.Record.RefusalNoted = false, true
			},
			"enforcement.coercion-site-record", lawgov.Pass, "现场笔录已制作，执法人员签名，当事人拒绝签名，已在笔录中注明"},
		{"refusal not noted", "行政强制法 第十八条第（八）项",
			func(a *enforcement.Action) { a.Coercion.Record.PartySigned = false },
			"enforcement.coercion-site-record", lawgov.Fail, "现场笔录：当事人未签名且未注明拒绝"},
		{"party absent, no witness", "行政强制法 第十八条第（九）项",
			func(a *enforcement.Action) { a.Coercion.Record = enforcement.SiteRecord{Made: true} },
			"enforcement.coercion-site-record", lawgov.Fail, "现场笔录：执法人员未签名或者盖章；当事人不到场，无见证人签名"},
		{"no record", "行政强制法 第十八条第（七）项",
			func(a *enforcement.Action) { a.Coercion.Record = enforcement.SiteRecord{} },
			"enforcement.coercion-site-record", lawgov.Fail, "现场笔录：未制作现场笔录"},
		{"told and heard", "行政强制法 第十八条第（五）、（六）项", nil,
			"enforcement.coercion-notice", lawgov.Pass, "当场告知理由、依据和权利、救济途径，听取了陈述和申辩"},
		{"not heard", "行政强制法 第十八条第（六）项 「听取当事人的陈述和申辩」",
			func(a *enforcement.Action) { a.Coercion.Record.Heard = false },
			"enforcement.coercion-notice", lawgov.Fail, "未记录听取当事人的陈述和申辩"},
		{"party absent", "行政强制法 第十八条第（五）项 (当场告知 needs the party)",
			func(a *enforcement.Action) {
				a.Coercion.Record = enforcement.SiteRecord{Made: true, OfficersSigned: true, WitnessSigned: true}
			},
			"enforcement.coercion-notice", lawgov.NotApplicable, "当事人不到场"},
		{"released on the last day", "行政强制法 第二十五条 (2024-10-20 is a Sunday: 民法典 第二百零三条)", nil,
			"enforcement.seizure-period", lawgov.Pass, "2024-09-20 扣押，期限30日，届满 2024-10-21，2024-10-21 解除或者作出处理决定"},
		{"released late", "行政强制法 第二十五条第一款",
			func(a *enforcement.Action) { a.Coercion.Released = d("2024-10-22") },
			"enforcement.seizure-period", lawgov.Fail, "2024-09-20 扣押，期限30日，届满 2024-10-21，2024-10-22 才解除或者作出处理决定"},
		{"extended by 30 days", "行政强制法 第二十五条第一款 「延长期限不得超过三十日」",
			func(a *enforcement.Action) {
				a.Coercion.Extended, a.Coercion.Extension, a.Coercion.Released = d("2024-10-15"), 30, d("2024-11-19")
			},
			"enforcement.seizure-period", lawgov.Pass, "2024-09-20 扣押，期限30日，延长30日，届满 2024-11-19，2024-11-19 解除或者作出处理决定"},
		{"extended by more than 30 days", "行政强制法 第二十五条第一款",
			func(a *enforcement.Action) {
				a.Coercion.Extended, a.Coercion.Extension, a.Coercion.Released = d("2024-10-15"), 31, d("2024-11-19")
			},
			"enforcement.seizure-period", lawgov.Fail, "2024-09-20 扣押，期限30日，延长31日，届满 2024-11-20，延长期限超过三十日"},
		{"extended after the period ended", "行政强制法 第二十五条第一款",
			func(a *enforcement.Action) {
				a.Coercion.Extended, a.Coercion.Extension, a.Coercion.Released = d("2024-10-22"), 10, d("2024-10-30")
			},
			"enforcement.seizure-period", lawgov.Fail, "2024-09-20 扣押，期限30日，延长10日，届满 2024-10-30，延长于 2024-10-22 批准，原期限已届满"},
		{"testing days excluded", "行政强制法 第二十五条第三款",
			func(a *enforcement.Action) { a.Coercion.ExcludedDays, a.Coercion.Released = 5, d("2024-10-25") },
			"enforcement.seizure-period", lawgov.Pass, "2024-09-20 扣押，期限30日（不含检测、鉴定等5日），届满 2024-10-25，2024-10-25 解除或者作出处理决定"},
		{"not released", "行政强制法 第二十五条",
			func(a *enforcement.Action) { a.Coercion.Released = lawgov.Date{} },
			"enforcement.seizure-period", lawgov.Fail, "2024-09-20 扣押，期限30日，届满 2024-10-21，至 2024-12-01 仍未解除"},
		{"freeze has no seizure period", "行政强制法 第二十五条 (查封、扣押 only)",
			func(a *enforcement.Action) { a.Coercion.Measure = enforcement.Freeze },
			"enforcement.seizure-period", lawgov.NotApplicable, "冻结存款、汇款不适用查封、扣押期限"},
	})
}

func TestCoercionErrors(t *testing.T) {
	reg := actionRegistry(t)
	a := baseSeizure()
	a.Coercion.Urgent = true
	_, err := enforcement.Check(a, d("2024-12-01"), reg, nil)
	assert.EqualError(t, err, `enforcement: check action "赤市监强〔2024〕3号": urgent coercive measure without its start time`)
	a = baseSeizure()
	a.Coercion.Measure = 0
	_, err = enforcement.Check(a, d("2024-12-01"), reg, nil)
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
}
