package enforcement_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStatusAt(t *testing.T) {
	rs := enforcement.Chibi()
	base := activeOfficer("A1", "市市场监管局")
	with := func(o enforcement.Officer, es ...enforcement.Event) enforcement.Officer {
		o.History = append(append([]enforcement.Event{}, o.History...), es...)
		return o
	}
	tests := []struct {
		name   string
		basis  string
		o      enforcement.Officer
		asOf   string
		want   enforcement.State
		rule   lawgov.RuleID
		msg    string
		canAct bool
	}{
		{
			name: "active", basis: "赤政发〔2019〕7号 第(十六)项; 行政处罚法 第四十二条",
			o: base, asOf: "2024-03-01", want: enforcement.StateActive, rule: "enforcement.qualification",
			msg: "持有效行政执法证 42-A1（领域：市场监管；区域：赤壁市），有效期至 2028-12-31", canAct: true,
		},
		{
			name: "change on the last day is in time", basis: "赤政发〔2019〕7号 第(十六)项 「须在30日内」; 民法典 第二百零一条",
			o:    with(base, enforcement.Event{Kind: enforcement.InformationChanged, Date: d("2024-03-02"), What: "所属单位"}),
			asOf: "2024-04-01", want: enforcement.StateActive, rule: "enforcement.change-report",
			msg: "2024-03-02 执法证登载信息变更（所属单位），尚未报告，报告期限30日，届满日 2024-04-01", canAct: true,
		},
		{
			name: "change overdue the day after", basis: "赤政发〔2019〕7号 第(十六)项 「须在30日内」",
			o:    with(base, enforcement.Event{Kind: enforcement.InformationChanged, Date: d("2024-03-02"), What: "所属单位"}),
			asOf: "2024-04-02", want: enforcement.StateChangeOverdue, rule: "enforcement.change-report",
			msg: "2024-03-02 执法证登载信息变更（所属单位），报告期限30日，届满日 2024-04-01，至 2024-04-02 仍未报告，超过30日，逾期1日",
		},
		{
			// 2024-09-01 + 30 = 2024-10-01, a National Day holiday; the
			// period rolls forward to the first working day, 2024-10-08.
			name: "change period rolls forward off the National Day break", basis: "民法典 第二百零三条",
			o:    with(base, ev(enforcement.InformationChanged, "2024-09-01")),
			asOf: "2024-10-08", want: enforcement.StateActive, rule: "enforcement.change-report",
			msg: "2024-09-01 执法证登载信息变更，尚未报告，报告期限30日，届满日 2024-10-08", canAct: true,
		},
		{
			name: "reported change ends the overdue state", basis: "赤政发〔2019〕7号 第(十六)项",
			o:    with(base, ev(enforcement.InformationChanged, "2024-03-02"), ev(enforcement.ChangeReported, "2024-04-10")),
			asOf: "2024-04-10", want: enforcement.StateActive, rule: "enforcement.qualification", canAct: true,
			msg: "持有效行政执法证 42-A1（领域：市场监管；区域：赤壁市），有效期至 2028-12-31",
		},
		{
			name: "two failures remove", basis: "赤政发〔2019〕7号 第(十六)项 「经2次考试成绩不合格」",
			o: twiceFailed("B1", "市城管局"), asOf: "2023-06-01", want: enforcement.StateRemoved, rule: "enforcement.exam-failures",
			msg: "2023-02-01、2023-05-01 共2次考试不合格，达到2次，从执法人员信息库中清除",
		},
		{
			name: "non-consecutive failures count", basis: "赤政发〔2019〕7号 第(十六)项 「经2次」: any two attempts",
			o: enforcement.Officer{ID: "B2", Name: "王五", Unit: "市城管局", Employment: enforcement.CivilServant, History: []enforcement.Event{
				ev(enforcement.TrainingCompleted, "2023-01-10"), exam("2023-02-01", false), exam("2023-03-01", true), exam("2024-03-01", false)}},
			asOf: "2024-06-01", want: enforcement.StateRemoved, rule: "enforcement.exam-failures",
			msg: "2023-02-01、2024-03-01 共2次考试不合格，达到2次，从执法人员信息库中清除",
		},
		{
			name: "contract worker is never qualified", basis: "河南省行政执法条例 第二十条",
			o: func() enforcement.Officer {
				o := base
				o.Employment = enforcement.ContractWorker
				return o
			}(),
			asOf: "2024-03-01", want: enforcement.StateNotQualified, rule: "enforcement.eligibility",
			msg: "用工性质为劳动合同工，不得取得行政执法资格",
		},
		{
			name: "passed without credential", basis: "赤政发〔2019〕7号 第(十六)项 「取得行政执法证后才能上岗执法」",
			o: enforcement.Officer{ID: "C1", Name: "赵六", Unit: "市城管局", Employment: enforcement.CareerStaff, History: []enforcement.Event{
				ev(enforcement.TrainingCompleted, "2023-01-10"), exam("2023-02-01", true)}},
			asOf: "2023-06-01", want: enforcement.StateQualified, rule: "enforcement.qualification",
			msg: "2023-02-01 考试合格，截至 2023-06-01 尚未取得行政执法证，不得上岗执法",
		},
		{
			name: "suspended", basis: "河南省行政执法条例 第四十二条",
			o:    with(base, enforcement.Event{Kind: enforcement.Suspended, Date: d("2024-01-02"), Until: d("2024-03-31")}),
			asOf: "2024-03-31", want: enforcement.StateSuspended, rule: "enforcement.credential-sanction",
			msg: "执法证 42-A1 自 2024-01-02 起暂扣至2024-03-31，2024-03-31 处于暂扣期间",
		},
		{
			name: "suspension over", basis: "河南省行政执法条例 第四十二条",
			o:    with(base, enforcement.Event{Kind: enforcement.Suspended, Date: d("2024-01-02"), Until: d("2024-03-31")}),
			asOf: "2024-04-01", want: enforcement.StateActive, rule: "enforcement.qualification", canAct: true,
			msg: "持有效行政执法证 42-A1（领域：市场监管；区域：赤壁市），有效期至 2028-12-31",
		},
		{
			name: "expired", basis: "行政处罚法 第四十二条",
			o: base, asOf: "2029-01-01", want: enforcement.StateExpired, rule: "enforcement.credential-validity",
			msg: "执法证 42-A1 有效期至 2028-12-31，2029-01-01 已过期",
		},
		{
			name: "revoked", basis: "河南省行政执法条例 第四十五条",
			o:    with(base, enforcement.Event{Kind: enforcement.Revoked, Date: d("2024-05-06"), Decision: "赤司决〔2024〕3号"}),
			asOf: "2024-06-01", want: enforcement.StateRevoked, rule: "enforcement.credential-sanction",
			msg: "执法证 42-A1 于 2024-05-06 被吊销（赤司决〔2024〕3号）",
		},
		{
			name: "cancelled", basis: "河南省行政执法条例 第四十五条",
			o:    with(base, ev(enforcement.Cancelled, "2024-05-06")),
			asOf: "2024-06-01", want: enforcement.StateCancelled, rule: "enforcement.credential-sanction",
			msg: "执法证 42-A1 于 2024-05-06 注销",
		},
		{
			name: "removed by decision", basis: "赤政发〔2019〕7号 第(十六)项",
			o:    with(base, enforcement.Event{Kind: enforcement.RemovedFromDatabase, Date: d("2024-05-06"), Decision: "调离"}),
			asOf: "2024-06-01", want: enforcement.StateRemoved, rule: "enforcement.removal",
			msg: "2024-05-06 从执法人员信息库中清除（调离），未经决定重新纳入，不得执法",
		},
		{
			name: "re-admitted starts over", basis: "赤政发〔2019〕7号 第(十六)项",
			o:    with(base, ev(enforcement.RemovedFromDatabase, "2024-05-06"), ev(enforcement.Readmitted, "2024-07-01")),
			asOf: "2024-07-02", want: enforcement.StateNotQualified, rule: "enforcement.qualification",
			msg: "截至 2024-07-02 未参加执法培训",
		},
		{
			name: "events after as-of are ignored", basis: "赤政发〔2019〕7号 第(十六)项",
			o: base, asOf: "2023-02-15", want: enforcement.StateQualified, rule: "enforcement.qualification",
			msg: "2023-02-01 考试合格，截至 2023-02-15 尚未取得行政执法证，不得上岗执法",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := rs.StatusAt(tt.o, d(tt.asOf))
			require.NoError(t, err, tt.basis)
			assert.Equal(t, tt.want, st.State, tt.basis)
			fs := st.Findings()
			require.NotEmpty(t, fs)
			var got *lawgov.Finding
			for i := range fs {
				if fs[i].Rule == tt.rule {
					got = &fs[i]
				}
			}
			require.NotNil(t, got, "rule %s in %v", tt.rule, fs)
			assert.Equal(t, tt.msg, got.Message, tt.basis)
			assert.NotEmpty(t, got.Basis)
			a, err := rs.CanEnforce(tt.o, d(tt.asOf), "市场监管", "赤壁市")
			require.NoError(t, err)
			assert.Equal(t, tt.canAct, a.OK, tt.basis)
		})
	}
}

func TestStatusAtRuleSetVariants(t *testing.T) {
	// 浙江省综合行政执法条例 第二十八条: 「考试合格后取得的行政执法资格五年内有效」.
	zj := enforcement.Chibi()
	zj.Name = "浙江"
	zj.QualificationValidity = enforcement.ZhejiangQualification()
	require.NoError(t, zj.Validate())
	o := enforcement.Officer{ID: "Z1", Name: "钱七", Unit: "杭州市综合执法局", Employment: enforcement.CivilServant,
		History: []enforcement.Event{ev(enforcement.TrainingCompleted, "2019-01-10"), exam("2019-03-01", true)}}
	st, err := zj.StatusAt(o, d("2024-03-01"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateQualified, st.State)
	st, err = zj.StatusAt(o, d("2024-03-02"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateNotQualified, st.State)
	assert.Equal(t, "2019-03-01 考试合格，资格有效期5年，至 2024-03-01 届满，截至 2024-03-02 未取得执法证", st.Findings()[0].Message)

	// 甘肃 practice: one retake, then reassignment rather than removal.
	gs := enforcement.Chibi()
	gs.Name = "甘肃式"
	gs.Exams = enforcement.ExamRule{MaxFailures: 2, Consecutive: true, Consequence: enforcement.Reassign,
		Basis: lawgov.Citation{Instrument: "甘肃省行政执法资格考试补考规定（示例）"}}
	g := enforcement.Officer{ID: "G1", Name: "孙八", Unit: "兰州市城管局", Employment: enforcement.CivilServant,
		History: []enforcement.Event{ev(enforcement.TrainingCompleted, "2023-01-10"), exam("2023-02-01", false), exam("2023-03-01", false)}}
	st, err = gs.StatusAt(g, d("2023-04-01"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateNotQualified, st.State)
	assert.Equal(t, "2023-02-01、2023-03-01 共2次考试不合格，离岗学习或调整岗位，不得上岗执法", st.Findings()[0].Message)
	// Under reassignment a later exam is possible and a pass qualifies.
	g.History = append(g.History, exam("2023-09-01", true))
	st, err = gs.StatusAt(g, d("2023-10-01"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateQualified, st.State)

	// Annual review (年审, local practice).
	ar := enforcement.Chibi()
	ar.AnnualReview = enforcement.PeriodRule{Period: lawgov.Years(1), Basis: lawgov.Citation{Instrument: "某县行政执法证件管理规定（示例）"}}
	a := activeOfficer("R1", "市市场监管局")
	st, err = ar.StatusAt(a, d("2024-03-02"))
	require.NoError(t, err)
	assert.Equal(t, enforcement.StateExpired, st.State)
	assert.Equal(t, "执法证 42-R1 应于 2024-03-01 前年审，截至 2024-03-02 未年审", st.Findings()[0].Message)
}

func TestCanEnforceCoverage(t *testing.T) {
	rs := enforcement.Chibi()
	o := activeOfficer("A1", "市市场监管局")
	a, err := rs.CanEnforce(o, d("2024-03-01"), "生态环境", "赤壁市")
	require.NoError(t, err)
	assert.False(t, a.OK)
	assert.Equal(t, enforcement.StateActive, a.Status.State)
	last := a.Findings[len(a.Findings)-1]
	assert.Equal(t, lawgov.RuleID("enforcement.credential-coverage"), last.Rule)
	assert.Equal(t, "执法证 42-A1 载明领域「市场监管」、区域「赤壁市」，不含领域「生态环境」区域「赤壁市」", last.Message)
}

func TestStatusAtImpossibleHistory(t *testing.T) {
	rs := enforcement.Chibi()
	tests := []struct {
		name, reason string
		h            []enforcement.Event
	}{
		{"credential before a passed exam", "no passed exam", []enforcement.Event{ev(enforcement.TrainingCompleted, "2023-01-01"), issue("2023-02-01", "X")}},
		{"exam before training", "exam before training", []enforcement.Event{exam("2023-01-01", true)}},
		{"exam after removal", "officer removed from the database on 2023-03-01 and not re-admitted",
			[]enforcement.Event{ev(enforcement.TrainingCompleted, "2023-01-01"), exam("2023-02-01", false), exam("2023-03-01", false), exam("2023-04-01", true)}},
		{"date before previous", "date before the previous event 2023-02-01", []enforcement.Event{ev(enforcement.TrainingCompleted, "2023-02-01"), exam("2023-01-01", true)}},
		{"report without change", "no unreported change", []enforcement.Event{ev(enforcement.TrainingCompleted, "2023-01-01"), exam("2023-02-01", true), issue("2023-03-01", "X"), ev(enforcement.ChangeReported, "2023-04-01")}},
		{"readmission without removal", "officer not removed", []enforcement.Event{ev(enforcement.Readmitted, "2023-01-01")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := enforcement.Officer{ID: "X1", Name: "x", Unit: "u", Employment: enforcement.CivilServant, History: tt.h}
			_, err := rs.StatusAt(o, d("2025-01-01"))
			var ee *enforcement.EventError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, tt.reason, ee.Reason)
			assert.Equal(t, len(tt.h)-1, ee.Index)
		})
	}
}
