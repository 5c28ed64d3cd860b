package casework_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The dates below are worked out by hand on the official calendar:
//   - National Day 2024: 10-01..07 off, 09-29 (Sunday) and 10-12 (Saturday) worked;
//   - Spring Festival 2024: 02-10..17 off, 02-04 and 02-18 (Sundays) worked;
//   - Labour Day 2024: 05-01..05 off; 2024-05-04 is a Saturday off;
//   - Spring Festival 2025: 01-28..02-04 off, 01-26 (Sunday) and 02-08 (Saturday) worked;
//   - Labour Day 2025: 05-01..05 off.
func TestReconsiderationLimits(t *testing.T) {
	base := casework.Reconsideration{ID: "复〔2024〕7号", Unit: "区市场监管局", Received: d("2024-09-27")}
	tests := []struct {
		name    string
		basis   string
		limits  casework.Limits
		mod     func(*casework.Reconsideration)
		asOf    string
		rule    lawgov.RuleID
		outcome lawgov.Outcome
		msg     string
	}{
		// 09-27 (Fri) + 5 working days: 09-29 (make-up Sunday), 09-30, 10-08, 10-09, 10-10.
		{"correction notice on the fifth working day", "行政复议法 第三十一条第一款、第八十八条", casework.Limits{},
			func(c *casework.Reconsideration) { c.CorrectionNotified = d("2024-10-10") }, "2024-10-11",
			casework.RuleCorrectionNotice, lawgov.Pass, "收到申请 2024-09-27，补正通知期限5个工作日，届满 2024-10-10，发出补正通知 2024-10-10"},
		{"correction notice one working day late", "行政复议法 第三十一条第一款", casework.Limits{},
			func(c *casework.Reconsideration) { c.CorrectionNotified = d("2024-10-11") }, "2024-10-14",
			casework.RuleCorrectionNotice, lawgov.Fail, "收到申请 2024-09-27，补正通知期限5个工作日，届满 2024-10-10，发出补正通知 2024-10-11，超过补正通知期限"},
		// 09-30 + 10 working days: 10-08..11, 10-12 (make-up Saturday), 10-14..18.
		{"abandonment on the last day of the correction period is premature", "行政复议法 第三十一条第二款", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.CorrectionNotified, c.CorrectionReceived = d("2024-09-29"), d("2024-09-30")
				c.Concluded, c.Outcome = d("2024-10-18"), casework.Abandoned
			}, "2024-10-31", casework.RuleCorrectionPeriod, lawgov.Fail,
			"申请人收到补正通知 2024-09-30，补正期限10个工作日，届满 2024-10-18，补正期限届满前于 2024-10-18 以逾期不补正视为放弃结案"},
		{"abandonment after the correction period", "行政复议法 第三十一条第二款", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.CorrectionNotified, c.CorrectionReceived = d("2024-09-29"), d("2024-09-30")
				c.Concluded, c.Outcome = d("2024-10-21"), casework.Abandoned
			}, "2024-10-31", casework.RuleCorrectionPeriod, lawgov.Pass,
			"申请人收到补正通知 2024-09-30，补正期限10个工作日，届满 2024-10-18，逾期未补正，2024-10-21 视为放弃行政复议申请"},
		// Receipt of the notice not recorded: 09-29 + 10 working days
		// (09-30, 10-08..11, 10-12, 10-14..17) is only the earliest end.
		{"abandonment when the notice's receipt is unknown", "行政复议法 第三十一条第二款", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.CorrectionNotified = d("2024-09-29")
				c.Concluded, c.Outcome = d("2024-10-21"), casework.Abandoned
			}, "2024-10-31", casework.RuleCorrectionPeriod, lawgov.Fail,
			"未记录申请人收到补正通知之日，自发出补正通知 2024-09-29，补正期限10个工作日，届满 2024-10-17，未能确认 2024-10-21 视为放弃行政复议申请时补正期限已经届满"},
		{"abandonment is not an acceptance-review violation", "行政复议法 第三十一条第二款", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.CorrectionNotified = d("2024-09-29")
				c.Concluded, c.Outcome = d("2024-10-21"), casework.Abandoned
			}, "2024-10-31", casework.RuleAcceptanceReview, lawgov.NotApplicable,
			"逾期不补正视为放弃行政复议申请（第三十一条），不作受理决定"},
		// 10-25 (Fri) + 5 working days: 10-28..31, 11-01.
		{"review restarts on the supplied materials", "行政复议法 第三十一条第三款、第三十条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.CorrectionNotified, c.Supplied, c.Accepted = d("2024-09-29"), d("2024-10-25"), d("2024-11-01")
			}, "2024-11-10", casework.RuleAcceptanceReview, lawgov.Pass,
			"收到补正材料 2024-10-25，审查期限5个工作日，届满 2024-11-01，受理 2024-11-01"},
		{"review after supply one working day late", "行政复议法 第三十一条第三款、第三十条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.CorrectionNotified, c.Supplied, c.Accepted = d("2024-09-29"), d("2024-10-25"), d("2024-11-04")
			}, "2024-11-10", casework.RuleAcceptanceReview, lawgov.Fail,
			"收到补正材料 2024-10-25，审查期限5个工作日，届满 2024-11-01，受理 2024-11-04，超过审查期限"},
		// 11-04 (Mon) + 7 working days: 11-05..08, 11-11..13.
		{"copy sent on the seventh working day", "行政复议法 第四十八条、第八十八条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted, c.CopySent = d("2024-11-01"), d("2024-11-04"), d("2024-11-13")
			}, "2024-11-20", casework.RuleCopyToRespondent, lawgov.Pass,
			"受理 2024-11-04，发送期限7个工作日，届满 2024-11-13，发送申请书副本 2024-11-13"},
		{"copy sent late", "行政复议法 第四十八条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted, c.CopySent = d("2024-11-01"), d("2024-11-04"), d("2024-11-14")
			}, "2024-11-20", casework.RuleCopyToRespondent, lawgov.Fail,
			"受理 2024-11-04，发送期限7个工作日，届满 2024-11-13，发送申请书副本 2024-11-14，超过发送期限"},
		// 11-18 (Mon) + 10 working days: 11-19..22, 11-25..29, 12-02.
		{"reply one working day late", "行政复议法 第四十八条、第八十八条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted, c.CopySent, c.CopyReceived, c.Replied = d("2024-11-01"), d("2024-11-04"), d("2024-11-13"), d("2024-11-18"), d("2024-12-03")
			}, "2024-12-20", casework.RuleRespondentReply, lawgov.Fail,
			"被申请人收到申请书副本 2024-11-18，答复期限10个工作日，届满 2024-12-02，书面答复 2024-12-03，超过答复期限"},
		// Simplified procedure (第五十四条), read by default as 3 and 5 days,
		// working days under 第八十八条. 09-27 (Fri) + 3 working days: 09-29
		// (make-up Sunday), 09-30, 10-08.
		{"simplified: copy on the third working day", "行政复议法 第五十四条、第八十八条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Procedure, c.Accepted, c.CopySent = casework.Simplified, d("2024-09-27"), d("2024-10-08")
			}, "2024-10-31", casework.RuleCopyToRespondent, lawgov.Pass,
			"受理 2024-09-27，发送期限3个工作日（简易程序），届满 2024-10-08，发送申请书副本 2024-10-08"},
		// 09-30 (Mon) + 5 working days: 10-08..11, 10-12 (make-up Saturday).
		{"simplified: reply after the fifth working day", "行政复议法 第五十四条、第八十八条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Procedure, c.Accepted, c.CopySent, c.CopyReceived, c.Replied = casework.Simplified, d("2024-09-27"), d("2024-09-29"), d("2024-09-30"), d("2024-10-14")
			}, "2024-10-31", casework.RuleRespondentReply, lawgov.Fail,
			"被申请人收到申请书副本 2024-09-30，答复期限5个工作日（简易程序），届满 2024-10-12，书面答复 2024-10-14，超过答复期限"},
		// A host reading seven days: 10-08..12, 10-14, 10-15.
		{"simplified: reply period set by the host", "行政复议法 第五十四条、第八十八条", casework.Limits{SimplifiedReplyDays: 7},
			func(c *casework.Reconsideration) {
				c.Procedure, c.Accepted, c.CopySent, c.CopyReceived, c.Replied = casework.Simplified, d("2024-09-27"), d("2024-09-29"), d("2024-09-30"), d("2024-10-14")
			}, "2024-10-31", casework.RuleRespondentReply, lawgov.Pass,
			"被申请人收到申请书副本 2024-09-30，答复期限7个工作日（简易程序），届满 2024-10-15，书面答复 2024-10-14"},
		// Four days is not among 第八十八条's counts: calendar days, 09-30 + 4 =
		// 10-04, in the National Day break → 10-08.
		{"simplified: a count outside 第八十八条 is calendar days", "行政复议法 第五十四条、第八十八条", casework.Limits{SimplifiedCopyDays: 4},
			func(c *casework.Reconsideration) {
				c.Procedure, c.Received, c.Accepted, c.CopySent = casework.Simplified, d("2024-09-30"), d("2024-09-30"), d("2024-10-09")
			}, "2024-10-31", casework.RuleCopyToRespondent, lawgov.Fail,
			"受理 2024-09-30，发送期限4日（简易程序），届满 2024-10-08，发送申请书副本 2024-10-09，超过发送期限"},
		// Receipt of the copy not recorded: 11-13 (Wed) + 10 working days
		// (11-14, 15, 18..22, 25..27) is only the earliest end.
		{"reply after the earliest end, receipt of the copy unknown", "行政复议法 第四十八条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted, c.CopySent, c.Replied = d("2024-11-01"), d("2024-11-04"), d("2024-11-13"), d("2024-11-28")
			}, "2024-12-20", casework.RuleRespondentReply, lawgov.Fail,
			"未记录被申请人收到副本之日，自发送申请书副本 2024-11-13，答复期限10个工作日，届满 2024-11-27，书面答复 2024-11-28，未能确认超过答复期限"},
		// 2024-04-01 + 90 days = 2024-06-30, a Sunday → 07-01.
		{"a longer statutory window", "行政复议法 第二十条第一款", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Knew, c.WindowDays, c.Received = d("2024-04-01"), 90, d("2024-07-01")
			}, "2024-07-31", casework.RuleApplicationWindow, lawgov.Pass,
			"知道行政行为之日 2024-04-01，申请期限90日（法律规定的申请期限），届满 2024-07-01，收到申请 2024-07-01"},
		// 2023-05-04 + 1 year = 2024-05-04, a Saturday in the Labour Day break → 05-06.
		{"not told of the right: one-year cap", "行政复议法 第二十条第三款", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Knew, c.NotToldOfRights, c.LearnedOfRights, c.Received = d("2023-05-04"), true, d("2024-04-01"), d("2024-05-07")
			}, "2024-05-31", casework.RuleApplicationWindow, lawgov.Fail,
			"知道行政行为之日 2023-05-04，未告知申请行政复议的权利、行政复议机关和申请期限，知道申请权利之日 2024-04-01，申请期限60日，届满 2024-05-31，自知道行政行为之日起最长一年届满 2024-05-06，收到申请 2024-05-07，超过申请期限"},
		// 2019-03-09 + 5 years = 2024-03-09, a Saturday → 03-11.
		{"five-year cap rolls to Monday", "行政复议法 第二十一条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.ActDate, c.Received = d("2019-03-09"), d("2024-03-12")
			}, "2024-03-31", casework.RuleApplicationCap, lawgov.Fail,
			"行政行为作出之日 2019-03-09，其他行政复议申请最长5年，届满 2024-03-11，收到申请 2024-03-12，超过最长申请期限，行政复议机关不予受理"},
		{"twenty-year cap beyond the calendar data", "行政复议法 第二十一条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.ActDate, c.RealProperty, c.Received = d("2019-03-09"), true, d("2024-03-12")
			}, "2024-03-31", casework.RuleApplicationCap, lawgov.Pass,
			"行政行为作出之日 2019-03-09，因不动产提出的行政复议申请最长20年，届满 2039-03-09（如遇休假日顺延），收到申请 2024-03-12"},
		// 2024-08-02 + 60 days = 10-01, in the National Day break → 10-08;
		// ten approved days run to 10-18 in calendar days (ten working days
		// would run to 10-21).
		{"an extension of ten days is calendar days", "行政复议法 第六十二条第一款、第八十八条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted, c.Concluded, c.Outcome, c.ExtensionDays = d("2024-08-01"), d("2024-08-02"), d("2024-10-21"), casework.Uphold, 10
			}, "2024-10-31", casework.RuleDecisionPeriod, lawgov.Fail,
			"受理 2024-08-02，决定期限60日，届满 2024-10-08，延长10日自届满日起算，届满 2024-10-18，审结 2024-10-21，超过决定期限3日"},
		// 03-10..03-19 and 03-15..03-24 stop the clock fifteen days, not
		// twenty: 2024-03-01 + 60 = 04-30, + 15 = 05-15 (Wed).
		{"overlapping suspensions count each day once", "行政复议法 第六十二条第一款、第三十九条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted, c.Concluded, c.Outcome = d("2024-02-29"), d("2024-03-01"), d("2024-05-17"), casework.Uphold
				c.Suspensions = []casework.Suspension{{From: d("2024-03-15"), To: d("2024-03-24")}, {From: d("2024-03-10"), To: d("2024-03-19")}}
			}, "2024-05-31", casework.RuleDecisionPeriod, lawgov.Fail,
			"受理 2024-03-01，决定期限60日，中止15日不计入，届满 2024-05-15，审结 2024-05-17，超过决定期限2日"},
		{"extension read as 60 + 30 from acceptance", "行政复议法 第六十二条第一款", casework.Limits{Extension: casework.ExtendFromAcceptance},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted, c.Concluded, c.Outcome, c.ExtensionDays = d("2021-10-08"), d("2021-10-13"), d("2022-01-20"), casework.Vary, 30
			}, "2022-02-10", casework.RuleDecisionPeriod, lawgov.Fail,
			"受理 2021-10-13，决定期限90日（含延长30日，自受理之日合并计算），届满 2022-01-11，审结 2022-01-20，超过决定期限9日"},
		// 2025-03-05 + 60 days = 2025-05-04, in the Labour Day break → 05-06.
		{"suspension for death not yet sixty days", "行政复议法 第四十一条第（五）项、第三十九条第一款第（一）项", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted = d("2025-02-10"), d("2025-02-12")
				c.Suspensions = []casework.Suspension{{From: d("2025-03-05"), Reason: casework.ApplicantDied}}
			}, "2025-05-06", casework.RuleSuspensionTermination, lawgov.Pass,
			"2025-03-05 因申请人死亡，近亲属尚未确定是否参加中止，满60日 2025-05-06，至 2025-05-06 中止未满60日"},
		{"suspension for death past sixty days, not terminated", "行政复议法 第四十一条第（五）项", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted = d("2025-02-10"), d("2025-02-12")
				c.Suspensions = []casework.Suspension{{From: d("2025-03-05"), Reason: casework.ApplicantDied}}
			}, "2025-05-07", casework.RuleSuspensionTermination, lawgov.Fail,
			"2025-03-05 因申请人死亡，近亲属尚未确定是否参加中止，满60日 2025-05-06，至 2025-05-07 中止原因仍未消除，应当终止行政复议"},
		// 2024-12-01 + 60 days = 2025-01-30, in the Spring Festival break → 02-05.
		{"opinion letter reported after the Spring Festival", "行政复议法 第七十六条", casework.Limits{},
			func(c *casework.Reconsideration) {
				c.Received, c.Accepted, c.Concluded, c.Outcome = d("2024-09-02"), d("2024-09-03"), d("2024-10-30"), casework.Uphold
				c.OpinionReceived, c.OpinionReported = d("2024-12-01"), d("2025-02-06")
			}, "2025-03-01", casework.RuleOpinionReport, lawgov.Fail,
			"收到行政复议意见书 2024-12-01，报送纠正情况期限60日，届满 2025-02-05，报送 2025-02-06，超过期限"},
	}
	cal := lawgov.OfficialCalendar()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.mod(&c)
			rep, err := tt.limits.CheckReconsideration(c, d(tt.asOf), cal)
			require.NoError(t, err)
			require.Len(t, rep.Findings, 10)
			fs := rep.Find(tt.rule)
			require.Len(t, fs, 1)
			assert.Equal(t, tt.outcome, fs[0].Outcome, tt.basis)
			assert.Equal(t, tt.msg, fs[0].Message, tt.basis)
		})
	}
}

// TestLimitsNegativeSimplifiedDays: a negative period of 第五十四条 means
// the check cannot run.
func TestLimitsNegativeSimplifiedDays(t *testing.T) {
	c := casework.Reconsideration{ID: "复〔2024〕8号", Unit: "区市场监管局", Received: d("2024-09-27")}
	_, err := casework.Limits{SimplifiedReplyDays: -1}.CheckReconsideration(c, d("2024-10-31"), lawgov.OfficialCalendar())
	require.Error(t, err, "行政复议法 第五十四条")
	assert.Contains(t, err.Error(), "negative simplified-procedure period")
}

func TestLitigationLimits(t *testing.T) {
	base := casework.Litigation{ID: "(2024)行初1号", Unit: "区政府", Instance: casework.FirstInstance, Received: d("2024-02-26")}
	hearing := func(roles ...casework.Role) []casework.Hearing {
		h := casework.Hearing{Date: d("2024-04-10")}
		for _, r := range roles {
			h.Attendees = append(h.Attendees, casework.Attendee{Role: r})
		}
		return []casework.Hearing{h}
	}
	tests := []struct {
		name    string
		basis   string
		mod     func(*casework.Litigation)
		rule    lawgov.RuleID
		outcome lawgov.Outcome
		msg     string
	}{
		// 2024-02-01 + 15 days = 02-16, in the Spring Festival break → 02-18, a make-up Sunday.
		{"suit on the rolled-forward fifteenth day", "行政诉讼法 第四十五条", func(l *casework.Litigation) {
			l.DecisionReceived, l.Filed = d("2024-02-01"), d("2024-02-18")
		}, casework.RuleSuitAfterReconsideration, lawgov.Pass, "收到复议决定书 2024-02-01，起诉期限15日，届满 2024-02-18，起诉 2024-02-18"},
		{"suit a day late, filing date unknown", "行政诉讼法 第四十五条", func(l *casework.Litigation) {
			l.DecisionReceived, l.Received = d("2024-02-01"), d("2024-02-19")
		}, casework.RuleSuitAfterReconsideration, lawgov.Fail, "收到复议决定书 2024-02-01，起诉期限15日，届满 2024-02-18，未记录起诉之日，以立案 2024-02-19 计，未能确认超过起诉期限"},
		// 2024-08-03 + 6 months = 2025-02-03, in the Spring Festival break → 02-05.
		{"direct suit six months through the Spring Festival", "行政诉讼法 第四十六条第一款; 民法典 第二百零二条", func(l *casework.Litigation) {
			l.Knew, l.Filed, l.Received = d("2024-08-03"), d("2025-02-06"), d("2025-02-10")
		}, casework.RuleDirectSuit, lawgov.Fail, "知道作出行政行为 2024-08-03，起诉期限6个月，届满 2025-02-05，起诉 2025-02-06，超过起诉期限"},
		{"direct suit not applicable after reconsideration", "行政诉讼法 第四十五条、第四十六条", func(l *casework.Litigation) {
			l.Knew, l.DecisionReceived, l.Filed = d("2023-08-03"), d("2024-02-01"), d("2024-02-05")
		}, casework.RuleDirectSuit, lawgov.NotApplicable, "经行政复议后起诉，适用第四十五条"},
		{"public-interest case heard without the responsible person", "行诉解释 第一百二十九条; 出庭应诉规定 第四条", func(l *casework.Litigation) {
			l.AppearanceGround, l.Hearings = casework.PublicInterest, hearing(casework.Staff, casework.Lawyer)
		}, casework.RuleMandatoryAppearance, lawgov.Fail, "案件涉及重大公共利益，负责人应当出庭，开庭1次（2024-04-10 工作人员、律师），负责人均未出庭"},
		{"public-interest case with the deputy present", "行诉解释 第一百二十九条; 出庭应诉规定 第二条", func(l *casework.Litigation) {
			l.AppearanceGround, l.Hearings = casework.MassIncidentRisk, hearing(casework.Deputy)
		}, casework.RuleMandatoryAppearance, lawgov.Pass, "案件可能引发群体性事件，负责人应当出庭，开庭1次（2024-04-10 副职负责人），负责人已出庭"},
		{"lawyers only", "行政诉讼法 第三条第三款; 行诉解释 第一百二十八条", func(l *casework.Litigation) {
			l.Hearings = hearing(casework.Lawyer, casework.Lawyer)
		}, casework.RuleLawyerOnly, lawgov.Fail, "开庭1次，2024-04-10 仅由律师出庭，负责人未出庭也未委托相应的工作人员出庭"},
		{"nobody for the agency", "行政诉讼法 第三条第三款", func(l *casework.Litigation) {
			l.Hearings = append(hearing(casework.Lawyer), casework.Hearing{Date: d("2024-05-08")})
		}, casework.RuleLawyerOnly, lawgov.Fail, "开庭2次，2024-04-10 仅由律师出庭，2024-05-08 无人出庭，负责人未出庭也未委托相应的工作人员出庭"},
		{"staff with a lawyer", "行政诉讼法 第三条第三款", func(l *casework.Litigation) {
			l.Hearings = hearing(casework.Staff, casework.Lawyer)
		}, casework.RuleLawyerOnly, lawgov.Pass, "开庭1次（2024-04-10 工作人员、律师），均有负责人或者相应的工作人员出庭"},
	}
	cal := lawgov.OfficialCalendar()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := base
			tt.mod(&l)
			rep, err := casework.CheckLitigation(l, d("2025-03-01"), cal)
			require.NoError(t, err)
			fs := rep.Find(tt.rule)
			require.Len(t, fs, 1)
			assert.Equal(t, tt.outcome, fs[0].Outcome, tt.basis)
			assert.Equal(t, tt.msg, fs[0].Message, tt.basis)
		})
	}
}

// TestDateFloor rejects cases dated before the statutes existed.
func TestDateFloor(t *testing.T) {
	c := casework.Reconsideration{ID: "x", Unit: "u", Received: d("1990-12-31")}
	assert.Equal(t, []string{"received:min"}, fieldNames(t, c.Validate()), "行政复议条例 took effect 1991-01-01")
	c.Received = d("1991-01-01")
	assert.NoError(t, c.Validate())
	l := casework.Litigation{ID: "y", Unit: "u", Instance: casework.FirstInstance, Received: d("1990-09-30")}
	assert.Equal(t, []string{"received:min"}, fieldNames(t, l.Validate()), "行政诉讼法 took effect 1990-10-01")
	l.Received = d("1990-10-01")
	assert.NoError(t, l.Validate())
}

// TestUnknownReceiptIsWarning: when the day a notice or copy was received is
// not recorded, the period counted from its dispatch ends no later than
// the real one (行政复议法 第三十一条第二款、第四十八条), so a finding past that
// end is a warning, not a violation.
func TestUnknownReceiptIsWarning(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	abandoned := casework.Reconsideration{ID: "复〔2024〕9号", Unit: "区市场监管局", Received: d("2024-09-27"),
		CorrectionNotified: d("2024-09-29"), Concluded: d("2024-10-21"), Outcome: casework.Abandoned}
	late := casework.Reconsideration{ID: "复〔2024〕10号", Unit: "区市场监管局", Received: d("2024-11-01"),
		Accepted: d("2024-11-04"), CopySent: d("2024-11-13"), Replied: d("2024-11-28")}
	for _, tt := range []struct {
		basis string
		c     casework.Reconsideration
		rule  lawgov.RuleID
	}{
		{"行政复议法 第三十一条第二款", abandoned, casework.RuleCorrectionPeriod},
		{"行政复议法 第四十八条", late, casework.RuleRespondentReply},
	} {
		rep, err := casework.CheckReconsideration(tt.c, d("2024-12-20"), cal)
		require.NoError(t, err)
		fs := rep.Find(tt.rule)
		require.Len(t, fs, 1)
		assert.Equal(t, lawgov.Fail, fs[0].Outcome, tt.basis)
		assert.Equal(t, lawgov.Warning, fs[0].Severity, tt.basis)
		tt.c.CorrectionReceived, tt.c.CopyReceived = tt.c.CorrectionNotified, tt.c.CopySent
		rep, err = casework.CheckReconsideration(tt.c, d("2024-12-20"), cal)
		require.NoError(t, err)
		fs = rep.Find(tt.rule)
		require.Len(t, fs, 1)
		if tt.rule == casework.RuleRespondentReply {
			assert.Equal(t, lawgov.Violation, fs[0].Severity, tt.basis+": receipt known, reply late")
		} else {
			assert.Equal(t, lawgov.Pass, fs[0].Outcome, tt.basis+": receipt known, period over")
		}
	}
}
