package lawgov_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckAnnualReport(t *testing.T) {
	all := []lawgov.ReportSection{lawgov.SectionMeasures, lawgov.SectionLeaderDuty, lawgov.SectionNextYear, lawgov.SectionOther}
	gov := lawgov.AnnualReport{Body: "赤壁市人民政府", Kind: lawgov.BodyLocalGovernment, Year: 2019, Sections: all}
	dept := lawgov.AnnualReport{Body: "市司法局", Kind: lawgov.BodyDepartment, Year: 2019, Sections: all}
	with := func(r lawgov.AnnualReport, sub, pub lawgov.Date) lawgov.AnnualReport {
		r.Submitted, r.Published = sub, pub
		return r
	}
	tests := []struct {
		name, basis string
		report      lawgov.AnnualReport
		asOf        lawgov.Date
		cfg         lawgov.AnnualReportConfig
		rule        lawgov.RuleID
		outcome     lawgov.Outcome
		msg         string
	}{
		{"published 31 March", "督察工作规定 第二十四条 「每年4月1日之前」", with(gov, lawgov.Date{}, d(2020, 3, 31)), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-publication", lawgov.Pass, "应于 2020-04-01之前公开，2020-03-31 公开"},
		{"published on 1 April, strict", "第二十四条 「之前」, strict reading (R)", with(gov, lawgov.Date{}, d(2020, 4, 1)), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-publication", lawgov.Fail, "应于 2020-04-01之前公开，2020-04-01 才公开，晚于时限"},
		{"published on 1 April, inclusive", "第二十四条, inclusive reading (R)", with(gov, lawgov.Date{}, d(2020, 4, 1)), d(2020, 4, 10), lawgov.AnnualReportConfig{PublishInclusive: true},
			"lawgov.annual-report-publication", lawgov.Pass, "应于 2020-04-01当日或之前公开，2020-04-01 公开"},
		{"not published yet, not due", "第二十四条", gov, d(2020, 3, 15), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-publication", lawgov.Pass, "应于 2020-04-01之前公开，截至 2020-03-15 尚未公开，未到期"},
		{"not published, overdue", "第二十四条", gov, d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-publication", lawgov.Fail, "应于 2020-04-01之前公开，截至 2020-04-10 尚未公开，已超过时限10日"},
		{"secret", "第二十四条 「除涉及党和国家秘密的」", func() lawgov.AnnualReport { r := gov; r.Secret = true; return r }(), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-publication", lawgov.NotApplicable, "报告涉及党和国家秘密，不向社会公开"},
		{"department by 1 March", "G2 「每年3月1日之前，县级以上各级政府部门…报告」", with(dept, d(2020, 2, 28), d(2020, 3, 20)), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-submission", lawgov.Pass, "应于 2020-03-01之前报送，2020-02-28 报送"},
		{"province by 1 April", "G2 「每年4月1日之前，省委和省政府应当向党中央、国务院报告」", with(lawgov.AnnualReport{Body: "湖北省人民政府", Kind: lawgov.BodyProvincialGovernment, Year: 2019, Sections: all}, d(2020, 3, 31), d(2020, 3, 31)), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-submission", lawgov.Pass, "应于 2020-04-01之前报送，2020-03-31 报送"},
		{"department on 1 March, inclusive", "G2, inclusive reading (R)", with(dept, d(2020, 3, 1), d(2020, 3, 20)), d(2020, 4, 10), lawgov.AnnualReportConfig{SubmitInclusive: true},
			"lawgov.annual-report-submission", lawgov.Pass, "应于 2020-03-01当日或之前报送，2020-03-01 报送"},
		{"department late", "G2", with(dept, d(2020, 3, 2), d(2020, 3, 20)), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-submission", lawgov.Fail, "应于 2020-03-01之前报送，2020-03-02 才报送，晚于时限"},
		{"local government submission", "G2: no uniform date", with(gov, d(2020, 3, 2), d(2020, 3, 20)), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-submission", lawgov.NotApplicable, "市县乡人民政府的报送日期未作统一规定，只检查公开时限"},
		{"content complete", "G3", with(gov, d(2020, 3, 2), d(2020, 3, 20)), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-content", lawgov.Pass, "报告包含全部4项内容"},
		{"content missing", "G3", func() lawgov.AnnualReport {
			r := with(gov, d(2020, 3, 2), d(2020, 3, 20))
			r.Sections = all[:2]
			return r
		}(), d(2020, 4, 10), lawgov.AnnualReportConfig{},
			"lawgov.annual-report-content", lawgov.Fail, "报告缺少2项内容：「下一年度主要安排」、「其他需要报告的情况」"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := lawgov.CheckAnnualReport(tt.report, tt.asOf, tt.cfg)
			require.NoError(t, err, tt.basis)
			fs := rep.Find(tt.rule)
			require.Len(t, fs, 1)
			assert.Equal(t, tt.outcome, fs[0].Outcome, tt.basis)
			assert.Equal(t, tt.msg, fs[0].Message, tt.basis)
			require.Len(t, fs[0].Basis, 1)
			assert.Equal(t, annualReportBasis[tt.rule], fs[0].Basis[0].String(), tt.basis)
		})
	}

	_, err := lawgov.CheckAnnualReport(lawgov.AnnualReport{}, d(2020, 4, 10), lawgov.AnnualReportConfig{})
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
	assert.EqualError(t, err, "lawgov: invalid AnnualReport: body: required; kind: isvalid; year: min=1")
	_, err = lawgov.CheckAnnualReport(gov, d(2020, 4, 10), lawgov.AnnualReportConfig{PublishBy: lawgov.MonthDay{Month: 13, Day: 1}})
	assert.EqualError(t, err, `lawgov: month-day "13-1": invalid`)
}

// annualReportBasis is the citation each annual-report rule must carry:
// 第二十四条 is quoted verbatim for publication (RULES G1, V2); the article
// numbers of the reporting dates and the content list are not verified
// (RULES G2, G3: R), so those rules cite the instrument without an article.
var annualReportBasis = map[lawgov.RuleID]string{
	"lawgov.annual-report-publication": "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条",
	"lawgov.annual-report-submission":  "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）",
	"lawgov.annual-report-content":     "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）",
}
