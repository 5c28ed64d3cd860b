package lawgov_test

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

var d = lawgov.MustDate

// chibiEvents reads the progress of the 赤壁 2019 plan that the ledger tests
// and examples/ledger replay: testdata/plans/chibi-2019-events.json.
func chibiEvents(t testing.TB) []lawgov.Event {
	t.Helper()
	raw, err := os.ReadFile("testdata/plans/chibi-2019-events.json")
	require.NoError(t, err)
	var evs []lawgov.Event
	require.NoError(t, json.Unmarshal(raw, &evs))
	require.Len(t, evs, 11)
	return evs
}

func chibiLedger(t testing.TB) *lawgov.Ledger {
	t.Helper()
	dir := chibiDirectory(t)
	l, err := lawgov.NewLedger(chibiPlan(t, dir), dir, lawgov.LedgerConfig{})
	require.NoError(t, err)
	require.NoError(t, l.Apply(chibiEvents(t)...))
	return l
}

func TestLedgerTaskStates(t *testing.T) {
	l := chibiLedger(t)
	asOf := d(2019, 10, 15)
	tests := []struct {
		task, reason string
		status       lawgov.TaskStatus
		due          lawgov.Date
		days, wd     int
	}{
		// 2019-09-30 passed; 1–7 Oct is the National Day holiday, 12 Oct a make-up
		// working Saturday: 8, 9, 10, 11, 12, 14, 15 Oct are 7 working days.
		{"(十五)", "2019年9月30日前, nothing complete", lawgov.StatusOverdue, d(2019, 9, 30), -15, -7},
		// 自印发之日起3个月内: 2019-07-05 + 3 months = 2019-10-05, a holiday, rolled to 2019-10-08.
		{"(二十七)", "3 months from 2019-07-05, rolled forward", lawgov.StatusOverdue, d(2019, 10, 8), -7, -6},
		{"(三)", "第三季度, done 2019-09-20", lawgov.StatusDoneOnTime, d(2019, 9, 30), -15, -7},
		{"(十四)", "第三季度, done 2019-10-08", lawgov.StatusDoneLate, d(2019, 9, 30), -15, -7},
		// Extended from 2019-10-31 to 2019-11-29: 12 working days left in October, 21 in November.
		{"(九)", "extension approved 2019-10-14", lawgov.StatusInProgress, d(2019, 11, 29), 45, 33},
		// 每月: July, August and September passed without a report; the task is
		// overdue from its earliest missed cycle, July: 1 Aug – 15 Oct hold
		// 22 + 21 (13 Sep 中秋 off, Sunday 29 Sep a make-up day) + 7 = 50 working days.
		{"(二十四)", "monthly, July missed", lawgov.StatusOverdue, d(2019, 7, 31), -76, -50},
		// 每季度: the fourth quarter's report came on 2019-10-15, but the third
		// quarter's never came: overdue as the third quarter.
		{"(八)", "quarterly, Q3 missed, Q4 done", lawgov.StatusOverdue, d(2019, 9, 30), -15, -7},
		{"(五)", "长期坚持", lawgov.StatusNotStarted, lawgov.Date{}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.task, func(t *testing.T) {
			st, err := l.TaskState(tt.task, asOf)
			require.NoError(t, err)
			assert.Equal(t, tt.status, st.Status, tt.reason)
			assert.Equal(t, tt.due, st.Due, tt.reason)
			assert.Equal(t, tt.days, st.DaysLeft, tt.reason)
			assert.Equal(t, tt.wd, st.WorkdaysLeft, tt.reason)
		})
	}
	st, _ := l.TaskState("(十五)", asOf)
	assert.Equal(t, "逾期15日（7个工作日）", st.Countdown())
	assert.True(t, st.Started)
	st, _ = l.TaskState("(九)", asOf)
	assert.True(t, st.Extended)
	assert.Equal(t, "剩余45日（33个工作日）", st.Countdown())
}

// TestRecurringPerCycle: a recurring duty is tracked per cycle, so
// missed months stay overdue after a later report.
func TestRecurringPerCycle(t *testing.T) {
	l := chibiLedger(t)
	st, err := l.TaskState("(八)", d(2019, 10, 15))
	require.NoError(t, err)
	assert.Equal(t, []lawgov.CycleState{
		{Label: "2019年第三季度", Start: d(2019, 7, 1), Due: d(2019, 9, 30), Status: lawgov.StatusOverdue, DaysLeft: -15, WorkdaysLeft: -7},
		// 16 Oct to 31 Dec 2019 hold no holiday: 12 + 21 + 22 = 55 working days.
		{Label: "2019年第四季度", Start: d(2019, 10, 1), Due: d(2019, 12, 31), Done: d(2019, 10, 15), Status: lawgov.StatusDoneOnTime, DaysLeft: 77, WorkdaysLeft: 55},
	}, st.Cycles)
	st, err = l.TaskState("(二十四)", d(2019, 10, 15))
	require.NoError(t, err)
	var labels []string
	for _, c := range st.Cycles {
		labels = append(labels, c.Label+" "+c.Status.Label())
	}
	assert.Equal(t, []string{"2019年7月 已逾期", "2019年8月 已逾期", "2019年9月 已逾期", "2019年10月 未启动"}, labels)

	// A late report names the cycle it is for: July's report on 2019-10-16.
	dir := chibiDirectory(t)
	l2, err := lawgov.NewLedger(chibiPlan(t, dir), dir, lawgov.LedgerConfig{})
	require.NoError(t, err)
	require.NoError(t, l2.Apply(lawgov.Event{Date: d(2019, 10, 16), Task: "(二十四)", Unit: "chibi.office", Kind: lawgov.EventDone, Cycle: d(2019, 7, 1)}))
	st, err = l2.TaskState("(二十四)", d(2019, 10, 16))
	require.NoError(t, err)
	assert.Equal(t, lawgov.StatusDoneLate, st.Cycles[0].Status)
	assert.Equal(t, d(2019, 10, 16), st.Cycles[0].Done)
	assert.Equal(t, lawgov.StatusOverdue, st.Status, "August is still missing")
	assert.Equal(t, d(2019, 8, 31), st.Due)
	err = l2.Apply(lawgov.Event{Date: d(2019, 10, 17), Task: "(二十四)", Unit: "chibi.office", Kind: lawgov.EventDone, Cycle: d(2019, 11, 1)})
	assert.ErrorContains(t, err, "not on or before the report's date")
}

// TestOverdueWorkdays: overdue working days are those after the
// last day up to and including the as-of date. 2019-11-30 is a Saturday:
// on Monday 2 December the task is 2 days and 1 working day overdue.
func TestOverdueWorkdays(t *testing.T) {
	dir := chibiDirectory(t)
	p := chibiPlan(t, dir)
	l, err := lawgov.NewLedger(p, dir, lawgov.LedgerConfig{})
	require.NoError(t, err)
	st, err := l.TaskState("(二十八)", d(2019, 12, 2)) // 2019年11月30日前
	require.NoError(t, err)
	assert.Equal(t, d(2019, 11, 30), st.Due)
	assert.Equal(t, "逾期2日（1个工作日）", st.Countdown())
	st, _ = l.TaskState("(二十八)", d(2019, 12, 1)) // Sunday: no working day yet
	assert.Equal(t, "逾期1日（0个工作日）", st.Countdown())
}

// TestCountOverflow: a count that would wrap, or an absurd one, is
// rejected with the event named, and nothing of the batch is applied.
func TestCountOverflow(t *testing.T) {
	dir := chibiDirectory(t)
	l, err := lawgov.NewLedger(chibiPlan(t, dir), dir, lawgov.LedgerConfig{})
	require.NoError(t, err)
	ok := lawgov.Event{Date: d(2019, 8, 1), Task: "(一)", Unit: "chibi.office", Kind: lawgov.EventCount, Count: 1}
	huge := ok
	huge.Count = math.MaxInt64
	err = l.Apply(ok, huge)
	var ee *lawgov.EventError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 1, ee.Index)
	assert.Contains(t, ee.Error(), "9223372036854775807")
	assert.Equal(t, 0, l.Len(), "nothing applied")
	big := ok
	big.Count = lawgov.MaxEventCount
	batch := make([]lawgov.Event, 0, 10)
	for range 10 {
		batch = append(batch, big)
	}
	require.NoError(t, l.Apply(batch...))
	st, err := l.TaskState("(一)", d(2019, 8, 1))
	require.NoError(t, err)
	assert.Equal(t, int64(10*lawgov.MaxEventCount), st.Count)
}

func TestLedgerDueSoonWindow(t *testing.T) {
	// As of Thursday 2019-10-24 the October cycle of (二十四) ends in 5 working
	// days (25, 28, 29, 30, 31 Oct): inside the default window of 7.
	l := chibiLedger(t)
	st, err := l.TaskState("(二十四)", d(2019, 10, 24))
	require.NoError(t, err)
	oct := st.Cycles[len(st.Cycles)-1]
	assert.Equal(t, "2019年10月", oct.Label)
	assert.Equal(t, lawgov.StatusDueSoon, oct.Status)

	dir := chibiDirectory(t)
	narrow, err := lawgov.NewLedger(chibiPlan(t, dir), dir, lawgov.LedgerConfig{DueSoon: 3})
	require.NoError(t, err)
	st, err = narrow.TaskState("(二十四)", d(2019, 10, 24))
	require.NoError(t, err)
	assert.Equal(t, lawgov.StatusNotStarted, st.Cycles[len(st.Cycles)-1].Status)
}

func TestLedgerQuotas(t *testing.T) {
	l := chibiLedger(t)
	// (一) 政府常务会学法次数不少于2次: 1 in July, 1 in October.
	st, err := l.TaskState("(一)", d(2019, 8, 1))
	require.NoError(t, err)
	assert.Equal(t, int64(1), st.Count)
	assert.Equal(t, int64(1), st.Short)
	st, _ = l.TaskState("(一)", d(2019, 10, 15))
	assert.True(t, st.QuotaReached())
	// (二) 集中培训不少于4次, for each unit: 市政府办公室 2 (short 2), 市人社局 4,
	// 各行政执法部门 1 (short 3): short by 5 in all.
	st, _ = l.TaskState("(二)", d(2019, 10, 15))
	assert.Equal(t, int64(7), st.Count)
	assert.Equal(t, int64(5), st.Short)
	us, err := l.Unit("chibi.hrss", d(2019, 10, 15))
	require.NoError(t, err)
	for _, s := range us {
		if s.Task == "(二)" {
			assert.Equal(t, lawgov.RoleResponsible, s.Role)
			assert.True(t, s.QuotaReached())
		}
	}
}

func TestLedgerViewsAndRates(t *testing.T) {
	l := chibiLedger(t)
	asOf := d(2019, 10, 15)
	all, err := l.Tasks(asOf)
	require.NoError(t, err)
	assert.Len(t, all, 28)
	sec, err := l.Section("三、加强行政规范性文件管理", asOf)
	require.NoError(t, err)
	require.Len(t, sec, 3)
	assert.Equal(t, "(八)", sec[0].Task)

	c, err := l.Completion(asOf)
	require.NoError(t, err)
	// 28 tasks, 7 ongoing (四 五 十三 十六 十七 十八 二十三); the recurring duties
	// count per cycle begun: (八) (二十一) (二十五) two quarters each, (二十四)
	// four months, (二十六) one year: 16 + 11 = 27 shares. Done: 三 八(Q4) 十 十四.
	assert.Equal(t, lawgov.Rate{Num: 4, Den: 27}, c.Overall)
	// 市政府办公室 answers for 13 dated tasks and 8 cycles; it reported (八) Q4,
	// (十) and (十四, late); overdue: (十五), (二十七), (八) Q3, (二十四) July to
	// September and (二十五) Q3.
	office, ok := c.Unit("chibi.office")
	require.True(t, ok)
	assert.Equal(t, lawgov.UnitCompletion{Unit: "chibi.office", Rate: lawgov.Rate{Num: 3, Den: 21}, OnTime: 2, Late: 1, Overdue: 7}, office)
	fin, _ := c.Unit("chibi.finance")
	assert.Equal(t, lawgov.Rate{Num: 1, Den: 2}, fin.Rate)

	over, err := l.Overdue(asOf)
	require.NoError(t, err)
	var subjects []string
	for _, f := range over {
		subjects = append(subjects, f.Subject)
	}
	assert.Equal(t, []string{"(八) 2019年第三季度", "(十五)", "(二十一) 2019年第三季度", "(二十四) 2019年7月", "(二十四) 2019年8月", "(二十四) 2019年9月", "(二十五) 2019年第三季度", "(二十七)"}, subjects)
	assert.Equal(t, "完成时限 2019-09-30（2019年9月30日前），截至 2019-10-15 牵头单位市政府办公室未报告完成，逾期15日（7个工作日）；未报告完成的单位：市政府办公室、市司法局、各行政执法部门", over[1].Message)
	assert.Equal(t, "2019年7月（每月）完成时限 2019-07-31，截至 2019-10-15 牵头单位市政府办公室未报告，逾期76日（50个工作日）；未报告的单位：市政府办公室、市司法局、各乡镇人民政府、市政府各部门", over[3].Message)
	assert.Equal(t, "赤政发〔2019〕7号", over[1].Basis[0].Document)
	assert.Equal(t, "第(十五)项", over[1].Basis[0].Part)
}

// TestLedgerCheck checks the findings of the work-plan rules against the
// items of 赤政发〔2019〕7号 that each case exercises.
func TestLedgerCheck(t *testing.T) {
	l := chibiLedger(t)
	tests := []struct {
		name, basis string
		task        string
		rule        lawgov.RuleID
		asOf        lawgov.Date
		outcome     lawgov.Outcome
		severity    lawgov.Severity
		msg         string
	}{
		{"done on time", "第(三)项, 第三季度", "(三)", "lawgov.task-deadline", d(2019, 10, 15), lawgov.Pass, lawgov.Notice,
			"完成时限 2019-09-30（第三季度），2019-09-20 报告完成"},
		// 2019-09-30 to 2019-10-08 is 8 calendar days.
		{"done late", "第(十四)项, 第三季度", "(十四)", "lawgov.task-deadline", d(2019, 10, 15), lawgov.Fail, lawgov.Notice,
			"完成时限 2019-09-30（第三季度），2019-10-08 报告完成，逾期8日"},
		{"ongoing", "第(五)项, 长期坚持", "(五)", "lawgov.task-deadline", d(2019, 10, 15), lawgov.NotApplicable, lawgov.Notice,
			"长期坚持，无完成时限"},
		// Extended to 2019-11-29: 16 + 29 = 45 days; 12 working days left in October, 21 in November.
		{"extended, not due", "第(九)项, 10月31日前", "(九)", "lawgov.task-deadline", d(2019, 10, 15), lawgov.Pass, lawgov.Notice,
			"完成时限 2019-11-29（10月31日前），截至 2019-10-15 尚未到期，剩余45日（33个工作日）"},
		// 2020-01-01 is New Year's Day, 2020-01-02 a working day.
		{"overdue", "第(一)项, 年底前", "(一)", "lawgov.task-deadline", d(2020, 1, 2), lawgov.Fail, lawgov.Violation,
			"完成时限 2019-12-31（年底前），截至 2020-01-02 牵头单位市政府办公室未报告完成，逾期2日（1个工作日）；未报告完成的单位：市政府办公室、市委组织部、市司法局"},
		{"before the plan", "印发日期 2019-07-05", "(一)", "lawgov.task-deadline", d(2019, 7, 1), lawgov.NotApplicable, lawgov.Notice,
			"截至 2019-07-01 计划尚未印发（印发日期 2019-07-05）"},
		{"quota reached", "第(一)项, 不少于2次", "(一)", "lawgov.task-quota", d(2019, 10, 15), lawgov.Pass, lawgov.Notice,
			"要求不少于2次，已报送2次"},
		// Per unit: 市政府办公室 2, 市人社局 4, 各行政执法部门 1, short 2 + 0 + 3.
		{"quota short, not due", "第(二)项, 每个单位不少于4次", "(二)", "lawgov.task-quota", d(2019, 10, 15), lawgov.Pass, lawgov.Notice,
			"要求每个单位不少于4次，已报送7次，尚差5次，未到期"},
		{"quota short, overdue", "第(二)项, 2019年12月底前", "(二)", "lawgov.task-quota", d(2020, 1, 2), lawgov.Fail, lawgov.Violation,
			"要求每个单位不少于4次，已报送7次，尚差5次，完成时限 2019-12-31 已过"},
		{"quota before the plan", "印发日期 2019-07-05", "(一)", "lawgov.task-quota", d(2019, 7, 1), lawgov.NotApplicable, lawgov.Notice,
			"要求不少于2次，截至 2019-07-01 计划尚未印发"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := l.Check(tt.asOf)
			require.NoError(t, err)
			var got []lawgov.Finding
			for _, f := range rep.Find(tt.rule) {
				if f.Subject == tt.task {
					got = append(got, f)
				}
			}
			require.Len(t, got, 1, tt.basis)
			assert.Equal(t, tt.outcome, got[0].Outcome, tt.basis)
			assert.Equal(t, tt.severity, got[0].Severity, tt.basis)
			assert.Equal(t, tt.msg, got[0].Message, tt.basis)
			// Findings cite the task's item of the plan, then the rule's basis.
			require.Len(t, got[0].Basis, 2)
			assert.Equal(t, "《赤壁市2019年推进依法行政建设法治政府工作要点》（赤政发〔2019〕7号）第"+tt.task+"项", got[0].Basis[0].String())
			assert.Equal(t, "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）", got[0].Basis[1].String())
		})
	}
}

func TestLedgerApplyAtomic(t *testing.T) {
	dir := chibiDirectory(t)
	l, err := lawgov.NewLedger(chibiPlan(t, dir), dir, lawgov.LedgerConfig{})
	require.NoError(t, err)
	require.NoError(t, l.Apply(lawgov.Event{Date: d(2019, 8, 1), Task: "(三)", Unit: "chibi.finance", Kind: lawgov.EventEvidence}))
	good := lawgov.Event{Date: d(2019, 8, 2), Task: "(三)", Unit: "chibi.finance", Kind: lawgov.EventDone}
	tests := []struct {
		name string
		bad  lawgov.Event
		want string
	}{
		{"out of order", lawgov.Event{Date: d(2019, 7, 31), Task: "(三)", Unit: "chibi.finance", Kind: lawgov.EventEvidence}, "out of order"},
		{"unknown task", lawgov.Event{Date: d(2019, 8, 3), Task: "(二十九)", Unit: "chibi.finance", Kind: lawgov.EventDone}, "unknown task"},
		{"unknown unit", lawgov.Event{Date: d(2019, 8, 3), Task: "(三)", Unit: "chibi.edu", Kind: lawgov.EventDone}, "unknown unit"},
		{"not assigned", lawgov.Event{Date: d(2019, 8, 3), Task: "(三)", Unit: "chibi.audit", Kind: lawgov.EventDone}, "not assigned"},
		{"no calendar", lawgov.Event{Date: d(2027, 1, 4), Task: "(三)", Unit: "chibi.finance", Kind: lawgov.EventDone}, "no calendar data"},
		{"zero count", lawgov.Event{Date: d(2019, 8, 3), Task: "(三)", Unit: "chibi.finance", Kind: lawgov.EventCount}, "count must be positive"},
		{"ongoing done", lawgov.Event{Date: d(2019, 8, 3), Task: "(五)", Unit: "chibi.depts", Kind: lawgov.EventDone}, "ongoing"},
		{"extension earlier", lawgov.Event{Date: d(2019, 8, 3), Task: "(三)", Unit: "chibi.finance", Kind: lawgov.EventExtension, Until: d(2019, 9, 1)}, "does not move"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := l.Apply(good, tt.bad)
			var ee *lawgov.EventError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, 1, ee.Index)
			assert.Contains(t, err.Error(), tt.bad.String())
			assert.Contains(t, err.Error(), tt.want)
			assert.Equal(t, 1, l.Len(), "a rejected batch leaves the ledger unchanged")
			st, err := l.TaskState("(三)", d(2019, 12, 31))
			require.NoError(t, err)
			assert.Equal(t, lawgov.StatusOverdue, st.Status)
		})
	}
	err = l.Apply(lawgov.Event{Date: d(2027, 1, 4), Task: "(三)", Unit: "chibi.finance", Kind: lawgov.EventDone})
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	_, err = l.TaskState("(三)", d(2027, 1, 4))
	assert.ErrorIs(t, err, lawgov.ErrNoCalendarData)
	st, err := l.TaskState("(三)", d(2019, 7, 1))
	require.NoError(t, err)
	assert.Equal(t, lawgov.StatusNotApplicable, st.Status, "before the plan was issued")
}

// Properties: replaying a sorted event list in any batching gives the same
// states; a completed task stays completed later; an incomplete task with a
// last day is overdue exactly when the as-of date is after it.
func TestLedgerProperties(t *testing.T) {
	dir := chibiDirectory(t)
	plan := chibiPlan(t, dir)
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(0, 40).Draw(rt, "n")
		day := d(2019, 7, 5)
		var evs []lawgov.Event
		for i := 0; i < n; i++ {
			day = day.AddDays(rapid.IntRange(0, 6).Draw(rt, "gap"))
			task := plan.Tasks[rapid.IntRange(0, len(plan.Tasks)-1).Draw(rt, "task")]
			units := task.Units()
			u := units[rapid.IntRange(0, len(units)-1).Draw(rt, "unit")]
			kind := rapid.SampledFrom([]lawgov.EventKind{lawgov.EventCount, lawgov.EventDone, lawgov.EventEvidence}).Draw(rt, "kind")
			if kind == lawgov.EventDone && task.Deadline.Kind == lawgov.DeadlineOngoing {
				kind = lawgov.EventEvidence
			}
			evs = append(evs, lawgov.Event{Date: day, Task: task.ID, Unit: u, Kind: kind, Count: 1})
		}
		one, err := lawgov.NewLedger(plan, dir, lawgov.LedgerConfig{})
		require.NoError(rt, err)
		require.NoError(rt, one.Apply(evs...))
		many, _ := lawgov.NewLedger(plan, dir, lawgov.LedgerConfig{})
		for i := 0; i < len(evs); {
			k := rapid.IntRange(1, 5).Draw(rt, "batch")
			require.NoError(rt, many.Apply(evs[i:min(i+k, len(evs))]...))
			i += k
		}
		asOf := d(2019, 7, 5).AddDays(rapid.IntRange(0, 540).Draw(rt, "asOf"))
		a, err := one.Tasks(asOf)
		require.NoError(rt, err)
		b, _ := many.Tasks(asOf)
		assert.Equal(rt, a, b)
		later, _ := one.Tasks(asOf.AddDays(rapid.IntRange(0, 30).Draw(rt, "later")))
		for i, st := range a {
			if st.Status.IsDone() && st.Deadline != lawgov.DeadlineRecurring {
				assert.True(rt, later[i].Status.IsDone(), st.Task)
			}
			if !st.Status.IsDone() && !st.Due.IsZero() {
				assert.Equal(rt, asOf.After(st.Due), st.Status == lawgov.StatusOverdue, st.Task)
			}
			if st.Status == lawgov.StatusOverdue {
				assert.Negative(rt, st.DaysLeft)
			}
		}
	})
}

// TestReminders: the reminder (催办) of 市司法局 as of 2019-10-15
// names its overdue shares, cycle by cycle, and what is missing.
func TestReminders(t *testing.T) {
	l := chibiLedger(t)
	asOf := d(2019, 10, 15)
	rems, err := l.Reminders(asOf, 5)
	require.NoError(t, err)
	var justice lawgov.Reminder
	for _, r := range rems {
		if r.Unit == "chibi.justice" {
			justice = r
		}
	}
	require.NotEmpty(t, justice.Items)
	var got []string
	for _, it := range justice.Items {
		got = append(got, it.Task+" "+it.Cycle+" "+it.Status.String())
	}
	assert.Equal(t, []string{
		// (十) is done as a whole (the lead reported) but not by 市司法局.
		"(八) 2019年第三季度 overdue", "(十)  overdue", "(十五)  overdue", "(二十四) 2019年7月 overdue", "(二十四) 2019年8月 overdue",
		"(二十四) 2019年9月 overdue", "(二十五) 2019年第三季度 overdue", "(二十七)  overdue",
	}, got)
	notice := justice.Notice(l.Plan())
	assert.Contains(t, notice, "市司法局：\n")
	assert.Contains(t, notice, "截至2019年10月15日，你单位承担的以下8项工作任务已逾期或即将到期")
	assert.Contains(t, notice, "三、(十五) 全面推行行政执法“三项制度”，责任单位，完成时限2019年9月30日（2019年9月30日前），已逾期15日（7个工作日），尚未报告完成。")
	assert.Contains(t, notice, "四、(二十四) 持续做好行政复议工作（2019年7月），责任单位，完成时限2019年7月31日（每月），已逾期76日（50个工作日），尚未报告本期完成情况。")
	// A window of 12 working days reaches 31 October: the October cycle of
	// (二十四) is due in 12 working days.
	rems, err = l.Reminders(asOf, 12)
	require.NoError(t, err)
	found := false
	for _, r := range rems {
		for _, it := range r.Items {
			if it.Task == "(二十四)" && it.Cycle == "2019年10月" && r.Unit == "chibi.justice" {
				found = true
				assert.Equal(t, lawgov.StatusDueSoon, it.Status)
				assert.Equal(t, 12, it.WorkdaysLeft)
			}
		}
	}
	assert.True(t, found)
}
