package decision

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ordosDoc is an illustrative municipal normative document that passes
// every document rule with a 3-working-day filing deadline.
func ordosDoc() Document {
	return Document{
		ID: "doc-1", Title: "关于规范城区停车服务收费的通知", Kind: NormativeDocument,
		Issuer: Agency, IssuerName: "某市人民政府", Number: "某府发〔2021〕3号",
		CommentOpened: date("2021-03-01"), CommentClosed: date("2021-03-10"),
		ReviewSubmitted: date("2021-03-11"), ReviewOpinion: date("2021-03-18"), ReviewLawful: true,
		Deliberated: date("2021-03-25"), Registered: true, Numbered: true, Issued: true,
		Published: date("2021-03-30"), Filed: date("2021-04-01"),
	}
}

var localFiling = lawgov.Citation{Instrument: "某市行政规范性文件管理规定", Version: lawgov.MustDate(2019, 1, 1), Article: 20}

func TestDocumentRules(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	rules := DocumentRules{FilingDeadline: lawgov.WorkingDays(3), FilingBasis: localFiling}
	tests := []struct {
		name   string
		basis  string
		rules  DocumentRules
		change func(*Document)
		rule   lawgov.RuleID
		want   lawgov.Outcome
		msg    string
	}{
		{"internal division", "国办发〔2018〕37号 一(一)", rules, func(d *Document) { d.Issuer, d.IssuerName = InternalDivision, "某局法规科" },
			RuleDocDraftingBody, lawgov.Fail, "以部门内设机构「某局法规科」名义制发"},
		{"7 working days", "示范指标体系 第24项", rules, func(d *Document) {}, RuleDocComment, lawgov.Pass,
			"征求意见 2021-03-01 至 2021-03-10，共7个工作日，不少于7个工作日"},
		{"6 working days", "示范指标体系 第24项", rules, func(d *Document) { d.CommentClosed = date("2021-03-09") }, RuleDocComment, lawgov.Fail,
			"征求意见 2021-03-01 至 2021-03-09，共6个工作日，少于7个工作日"},
		{"market-related needs 30 days", "优化营商环境条例 第六十二条", rules, func(d *Document) { d.MarketRelated = true }, RuleDocComment, lawgov.Fail,
			"征求意见 2021-03-01 至 2021-03-10，共9日，少于30日"},
		{"no legality review", "优化营商环境条例 第六十三条", rules, func(d *Document) { d.ReviewOpinion, d.ReviewSubmitted = lawgov.Date{}, lawgov.Date{} },
			RuleDocReview, lawgov.Fail, "未经合法性审核"},
		{"no deliberation", "国办发〔2018〕37号", rules, func(d *Document) { d.Deliberated = lawgov.Date{} }, RuleDocDeliberation, lawgov.Fail, "未经集体审议"},
		{"deliberated before review", "优化营商环境条例 第六十三条", rules, func(d *Document) { d.Deliberated = date("2021-03-15") }, RuleDocOrder, lawgov.Fail,
			"合法性审核意见 2021-03-18 晚于集体审议 2021-03-15"},
		{"not registered", "国办发〔2018〕37号", rules, func(d *Document) { d.Registered = false }, RuleDocThreeUnified, lawgov.Fail, "未统一登记"},
		{"山东 wording", "威海市法制办 2015", DocumentRules{ThirdElement: "公布"}, func(d *Document) { d.Issued = false }, RuleDocThreeUnified, lawgov.Fail, "未统一公布"},
		{"normative document has no commencement rule", "规章制定程序条例 第三十二条", rules, func(d *Document) {}, RuleDocCommencement, lawgov.NotApplicable, ""},
		{"rule effective after 29 days", "规章制定程序条例 第三十二条", rules, func(d *Document) {
			d.Kind, d.MarketRelated, d.Effective = GovernmentRule, true, date("2021-04-28")
		}, RuleDocCommencement, lawgov.Fail, "2021-03-30 公布，2021-04-28 施行，间隔29日，少于30日"},
		{"filed within 3 working days", "local rule", rules, func(d *Document) {}, RuleDocFiling, lawgov.Pass,
			"2021-03-30 公布，2021-04-01 报备，期限至 2021-04-02"},
		{"filed late", "local rule", rules, func(d *Document) { d.Filed = date("2021-04-06") }, RuleDocFiling, lawgov.Fail,
			// 04-03..05 are the 清明 holiday: the 3rd working day after 03-30 is 04-02.
			"2021-03-30 公布，报备期限至 2021-04-02，2021-04-06 才报备"},
		{"no national deadline for normative documents", "RULES N8", DocumentRules{}, func(d *Document) {}, RuleDocFiling, lawgov.NotApplicable, ""},
		{"规章 filed within 30 days", "规章制定程序条例 第三十四条", rules, func(d *Document) {
			d.Kind, d.Published, d.Filed = GovernmentRule, date("2021-09-03"), date("2021-10-08")
		}, RuleDocFiling, lawgov.Pass, "2021-09-03 公布，2021-10-08 报备，期限至 2021-10-08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ordosDoc()
			tt.change(&d)
			r, err := tt.rules.Check(d, date("2021-12-31"), cal)
			require.NoError(t, err)
			f := r.Find(tt.rule)
			require.Len(t, f, 1)
			assert.Equal(t, tt.want, f[0].Outcome, "%s: %s", tt.basis, f[0].Message)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, f[0].Message, tt.basis)
			}
		})
	}
	r, err := rules.Check(ordosDoc(), date("2021-12-31"), cal)
	require.NoError(t, err)
	assert.True(t, r.OK(), "%v", r.Failures())
}

func TestUsableAsBasis(t *testing.T) {
	d := ordosDoc()
	d.Effective, d.ValidUntil = date("2021-05-01"), date("2026-04-30")
	d.Cleanups = []CleanupResult{{Date: date("2023-06-30"), Outcome: Continued}, {Date: date("2025-06-30"), Outcome: Repealed}}
	for _, tt := range []struct {
		on   string
		want DocStatus
		ok   bool
	}{
		{"2021-03-29", Unpublished, false},
		{"2021-04-15", NotYetEffective, false},
		{"2023-07-01", InForce, true},
		{"2025-06-30", Withdrawn, false},
	} {
		assert.Equal(t, tt.want, d.StatusAt(date(tt.on)), tt.on)
		f := UsableAsBasis(d, date(tt.on))
		assert.Equal(t, tt.ok, f.Outcome == lawgov.Pass, "%s: %s (优化营商环境条例 第六十四条)", tt.on, f.Message)
	}
	d.Cleanups = nil
	assert.Equal(t, Expired, d.StatusAt(date("2026-05-01")))
	assert.Equal(t, "文件有效期至 2026-04-30，2026-05-01 已届满", UsableAsBasis(d, date("2026-05-01")).Message)
}

func TestOrdosCleanupPartition(t *testing.T) {
	// 鄂尔多斯 2021: 「对257件现行有效的行政规范性文件进行全面清理，继续有效153件，废止46件，宣布失效58件」.
	var outcomes []CleanupOutcome
	for o, n := range map[CleanupOutcome]int{Continued: 153, Repealed: 46, DeclaredInvalid: 58} {
		for range n {
			outcomes = append(outcomes, o)
		}
	}
	c, err := TallyCleanup(outcomes)
	require.NoError(t, err)
	assert.Equal(t, Cleanup{Reviewed: 257, Continued: 153, Repealed: 46, DeclaredInvalid: 58}, c)
	require.NoError(t, c.Partition())
	assert.Equal(t, "59.53%", c.Share(Continued).Format(2, lawgov.HalfUp))
	assert.Equal(t, "17.90%", c.Share(Repealed).Format(2, lawgov.HalfUp))
	assert.Equal(t, "22.57%", c.Share(DeclaredInvalid).Format(2, lawgov.HalfUp))

	c.Reviewed = 258
	assert.ErrorContains(t, c.Partition(), "outcomes sum to 257")
	_, err = TallyCleanup([]CleanupOutcome{Continued, 0})
	assert.EqualError(t, err, `decision: tally cleanup "unspecified": outcome 1 is not defined`)
}

func TestFilingStats(t *testing.T) {
	// Three documents published in 2021 under a 3-working-day filing
	// deadline: a filed 04-01, before the 04-02 deadline, and found
	// compliant; b filed 04-06, after it (04-03..05 are the 清明 holiday),
	// and found defective; c not filed. 报备率 2/3, 备案及时率 1/2, 规范率 1/2.
	cal := lawgov.OfficialCalendar()
	rules := DocumentRules{FilingDeadline: lawgov.WorkingDays(3), FilingBasis: localFiling}
	a, b, c := ordosDoc(), ordosDoc(), ordosDoc()
	a.FilingReviewed, a.FilingCompliant = true, true
	b.Filed, b.FilingReviewed = date("2021-04-06"), true // late, found defective
	c.Published, c.Filed = date("2021-06-01"), lawgov.Date{}
	s, err := rules.Tally([]Document{a, b, c}, date("2021-01-01"), date("2021-12-31"), cal)
	require.NoError(t, err)
	assert.Equal(t, FilingStats{Published: 3, Filed: 2, OnTime: 1, Reviewed: 2, Compliant: 1}, s)
	assert.Equal(t, "66.67%", s.FilingRate().Format(2, lawgov.HalfUp))
	assert.Equal(t, "50.00%", s.TimelyRate().Format(2, lawgov.HalfUp))
	assert.Equal(t, "50.00%", s.ComplianceRate().Format(2, lawgov.HalfUp))
	// The rates are named in part 二(四)2 of the 内蒙古 2018 work report.
	assert.Equal(t, "二(四)2", s.Basis().Part)
	assert.Equal(t, "内蒙古自治区人民政府法制办2018年工作报告", s.Basis().Document)
}

// 法规规章备案审查条例 (2024): 第九条第二款 (15 days), 第二十一条 (30 days),
// 第二十二条 (January 31), in force from 2024-11-01 (第二十六条).
func TestFilingFollowUps(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	rule := func() Document {
		d := ordosDoc()
		d.Kind, d.Number = GovernmentRule, "某市人民政府令第12号"
		d.CommentOpened, d.CommentClosed = date("2024-09-02"), date("2024-10-08")
		d.ReviewSubmitted, d.ReviewOpinion, d.Deliberated = date("2024-10-09"), date("2024-10-18"), date("2024-10-25")
		d.Published, d.Effective, d.Filed = date("2024-11-20"), date("2025-01-01"), date("2024-12-10")
		return d
	}
	tests := []struct {
		name   string
		basis  string
		change func(*Document)
		rule   lawgov.RuleID
		asOf   string
		want   lawgov.Outcome
		msg    string
	}{
		// 2025-01-10 + 15 days = 2025-01-25, a Saturday; 2025-01-26 is a
		// make-up working Sunday before 春节 (国办发明电〔2024〕12号), so the
		// period ends then.
		{"resubmitted on the rolled-forward last day", "第九条第二款", func(d *Document) {
			d.FilingDeferred, d.Resubmitted = date("2025-01-10"), date("2025-01-26")
		}, RuleDocResubmission, "2025-03-31", lawgov.Pass, "2025-01-10 收到暂缓办理备案登记通知，应当于 2025-01-26 前补充或者重新报送备案，2025-01-26 补充或者重新报送备案"},
		{"resubmitted a day late", "第九条第二款", func(d *Document) {
			d.FilingDeferred, d.Resubmitted = date("2025-01-10"), date("2025-01-27")
		}, RuleDocResubmission, "2025-03-31", lawgov.Fail, ""},
		{"not resubmitted, period running", "第九条第二款", func(d *Document) { d.FilingDeferred = date("2025-01-10") },
			RuleDocResubmission, "2025-01-20", lawgov.NotApplicable, "2025-01-10 收到暂缓办理备案登记通知，应当于 2025-01-26 前补充或者重新报送备案，截至 2025-01-20 尚未届满"},
		{"notice before the regulation took effect", "第二十六条", func(d *Document) { d.FilingDeferred = date("2024-10-15") },
			RuleDocResubmission, "2025-03-31", lawgov.NotApplicable, "2024-10-15 收到暂缓办理备案登记通知，早于《法规规章备案审查条例》施行日 2024-11-01，不适用"},
		// 2025-03-03 + 30 days = 2025-04-02, a Wednesday.
		{"correction reported late", "第二十一条", func(d *Document) {
			d.CorrectionNotified, d.CorrectionReported = date("2025-03-03"), date("2025-04-03")
		}, RuleDocCorrection, "2025-06-30", lawgov.Fail, "2025-03-03 接到审查处理通知，应当于 2025-04-02 前报送处理情况，2025-04-03 才报送处理情况"},
		{"correction not reported", "第二十一条", func(d *Document) { d.CorrectionNotified = date("2025-03-03") },
			RuleDocCorrection, "2025-06-30", lawgov.Fail, "2025-03-03 接到审查处理通知，应当于 2025-04-02 前报送处理情况，截至 2025-06-30 未报送处理情况"},
		{"normative documents are not 规章", "第二条", func(d *Document) { d.Kind, d.CorrectionNotified = NormativeDocument, date("2025-03-03") },
			RuleDocCorrection, "2025-06-30", lawgov.NotApplicable, "非规章，不适用《法规规章备案审查条例》"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := rule()
			tt.change(&d)
			r, err := DocumentRules{}.Check(d, date(tt.asOf), cal)
			require.NoError(t, err)
			f := r.Find(tt.rule)
			require.Len(t, f, 1)
			assert.Equal(t, tt.want, f[0].Outcome, "%s: %s", tt.basis, f[0].Message)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, f[0].Message, tt.basis)
			}
		})
	}

	// 第二十二条: the list of 2024's rules is due 2025-01-31.
	f, err := CheckAnnualList("某市人民政府", 2024, date("2025-02-05"), date("2025-03-01"))
	require.NoError(t, err)
	assert.Equal(t, lawgov.Fail, f.Outcome)
	assert.Equal(t, "2024年规章目录应于 2025-01-31 前报送，2025-02-05 才报送", f.Message)
	f, err = CheckAnnualList("某市人民政府", 2024, date("2025-01-31"), date("2025-03-01"))
	require.NoError(t, err)
	assert.Equal(t, lawgov.Pass, f.Outcome)
	f, err = CheckAnnualList("某市人民政府", 2023, lawgov.Date{}, date("2025-03-01"))
	require.NoError(t, err)
	assert.Equal(t, lawgov.NotApplicable, f.Outcome, "due 2024-01-31, before 2024-11-01")
}

// RULES N7: the basis of 集体审议 is a parameter.
func TestDeliberationBasis(t *testing.T) {
	own := lawgov.Citation{Instrument: "某省行政规范性文件管理办法", Version: date("2020-01-01"), Article: 18}
	for _, r := range (DocumentRules{DeliberationBasis: own}).Rules() {
		if r.ID == RuleDocDeliberation {
			assert.Equal(t, []lawgov.Citation{own}, r.Basis)
		}
	}
	for _, r := range (DocumentRules{}).Rules() {
		if r.ID == RuleDocDeliberation {
			assert.Equal(t, []lawgov.Citation{notice37}, r.Basis)
		}
	}
}
