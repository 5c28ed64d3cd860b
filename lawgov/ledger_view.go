package lawgov

import (
	"fmt"
	"strconv"
	"strings"
)

// Tasks returns the state of every task as a whole as of asOf, in plan
// order: the countdown ledger of the plan.
func (l *Ledger) Tasks(asOf Date) ([]TaskState, error) {
	if err := l.checkAsOf(asOf); err != nil {
		return nil, err
	}
	out := make([]TaskState, len(l.tasks))
	for i := range l.tasks {
		st, err := l.state(i, -1, asOf)
		if err != nil {
			return nil, err
		}
		out[i] = st
	}
	return out, nil
}

// Section returns the states of the tasks of one section as of asOf, in
// plan order. An unknown section yields no states.
func (l *Ledger) Section(section string, asOf Date) ([]TaskState, error) {
	if err := l.checkAsOf(asOf); err != nil {
		return nil, err
	}
	var out []TaskState
	for i := range l.tasks {
		if l.tasks[i].task.Section != section {
			continue
		}
		st, err := l.state(i, -1, asOf)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

// Unit returns the state of unit u's share of each task it is assigned
// (lead, responsible or cooperating) as of asOf, in plan order. A unit's
// share is complete when the unit itself reports completion.
func (l *Ledger) Unit(u UnitID, asOf Date) ([]TaskState, error) {
	if !l.dir.Has(u) {
		return nil, fmt.Errorf("lawgov: ledger unit %q: unknown unit", u)
	}
	if err := l.checkAsOf(asOf); err != nil {
		return nil, err
	}
	refs := l.byUnit[u]
	out := make([]TaskState, 0, len(refs))
	for _, r := range refs {
		st, err := l.state(int(r.task), int(r.slot), asOf)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

// UnitCompletion is one unit's completion figures as of a date. The zero
// UnitCompletion names no unit and has an undefined Rate.
//
// Rate counts the unit's shares as lead or responsible unit of tasks that
// can be completed (ongoing tasks are left out, and so is everything before
// the plan's date): Num the shares done, on time or late; Den all such
// shares. A recurring duty counts once per cycle begun (see
// [TaskState.Cycles]).
type UnitCompletion struct {
	Unit    UnitID `json:"unit"`
	Rate    Rate   `json:"rate"`
	OnTime  int    `json:"on_time"`
	Late    int    `json:"late"`
	Overdue int    `json:"overdue"`
	DueSoon int    `json:"due_soon"`
}

// Completion is the completion figures of a whole ledger as of a date.
//
// Overall counts tasks as a whole (the lead's report), with the same base
// as [UnitCompletion]. Units lists every unit with a lead or responsible
// share, in directory order. The zero Completion has no as-of date and an
// undefined Overall rate.
type Completion struct {
	AsOf    Date             `json:"as_of"`
	Overall Rate             `json:"overall"`
	Units   []UnitCompletion `json:"units"`
}

// Unit returns the figures of unit u.
func (c Completion) Unit(u UnitID) (UnitCompletion, bool) {
	for _, x := range c.Units {
		if x.Unit == u {
			return x, true
		}
	}
	return UnitCompletion{}, false
}

// Completion returns the completion rates as of asOf, overall and per unit:
// the state of everything in the ledger.
func (l *Ledger) Completion(asOf Date) (Completion, error) {
	if err := l.checkAsOf(asOf); err != nil {
		return Completion{}, err
	}
	c := Completion{AsOf: asOf}
	for i := range l.tasks {
		st, err := l.state(i, -1, asOf)
		if err != nil {
			return Completion{}, err
		}
		if countsForRate(st) {
			for _, status := range shares(st) {
				c.Overall.Den++
				if status.IsDone() {
					c.Overall.Num++
				}
			}
		}
	}
	for _, u := range l.dir.units {
		refs := l.byUnit[u.ID]
		var uc UnitCompletion
		assigned := false
		for _, r := range refs {
			if int(r.slot) >= l.tasks[r.task].assessed {
				continue
			}
			assigned = true
			st, err := l.state(int(r.task), int(r.slot), asOf)
			if err != nil {
				return Completion{}, err
			}
			if !countsForRate(st) {
				continue
			}
			for _, status := range shares(st) {
				uc.Rate.Den++
				switch status {
				case StatusDoneOnTime:
					uc.OnTime++
				case StatusDoneLate:
					uc.Late++
				case StatusOverdue:
					uc.Overdue++
				case StatusDueSoon:
					uc.DueSoon++
				}
			}
		}
		if !assigned {
			continue
		}
		uc.Unit = u.ID
		uc.Rate.Num = int64(uc.OnTime + uc.Late)
		c.Units = append(c.Units, uc)
	}
	return c, nil
}

// shares returns the statuses a state counts for in a completion rate: one
// per cycle of a recurring duty, else the state's own.
func shares(st TaskState) []TaskStatus {
	if len(st.Cycles) == 0 {
		return []TaskStatus{st.Status}
	}
	out := make([]TaskStatus, len(st.Cycles))
	for i, c := range st.Cycles {
		out[i] = c.Status
	}
	return out
}

func countsForRate(st TaskState) bool {
	return st.Status != StatusNotApplicable && st.Deadline != DeadlineOngoing
}

// The work-plan rules. Their Basis is the general one; each finding cites
// the task's item of the plan first, see [Ledger.Check].
var (
	// ruleTaskDeadline: a task is completed by its last day (完成时限). Plans
	// set the deadlines (RULES G6: practice, not statute); supervising their
	// fulfilment is the subject of 法治政府建设与责任落实督察工作规定.
	ruleTaskDeadline = Rule{
		ID:       "lawgov.task-deadline",
		Title:    "工作任务按期完成",
		Basis:    []Citation{supervisionProvisions},
		Severity: Violation,
	}
	// ruleTaskQuota: a task's minimum count (「不少于N次」) is reached by its
	// last day.
	ruleTaskQuota = Rule{
		ID:       "lawgov.task-quota",
		Title:    "工作任务数量要求",
		Basis:    []Citation{supervisionProvisions},
		Severity: Violation,
	}
)

// supervisionProvisions is 法治政府建设与责任落实督察工作规定, in force from
// 2019-04-15 (RULES G5). Article numbers other than 第二十四条 are not
// verified, so citations to it name the instrument only.
var supervisionProvisions = Citation{
	Instrument: "法治政府建设与责任落实督察工作规定",
	Document:   "厅字〔2019〕28号",
	Version:    MustDate(2019, 4, 15),
}

// Check returns a report with, for every task, a finding of the deadline
// rule (lawgov.task-deadline) and, for tasks with a quota, of the quota rule
// (lawgov.task-quota), in plan order; a recurring duty has one deadline
// finding per cycle begun, whose subject names the cycle (「(二十四)
// 2019年7月」). Overdue tasks and cycles fail with severity
// Violation, tasks completed late fail with Notice; ongoing tasks are not
// applicable, and so is everything before the plan's date. A quota short
// after the last day fails; before it, the finding passes and states the
// shortfall. Findings cite the task's item of the plan, then the rule's
// basis.
//
// When a last day or a countdown touches a provisional year
// ([Calendar.WithProvisional]), the report ends with the notice of
// [RuleProvisionalCalendar].
func (l *Ledger) Check(asOf Date) (Report, error) {
	cal, use := l.cal.Observed()
	lv := *l // shares the tasks; only the calendar differs
	lv.cal = cal
	rep, err := lv.check(asOf)
	if err != nil {
		return Report{}, err
	}
	return use.Note(rep), nil
}

func (l *Ledger) check(asOf Date) (Report, error) {
	if err := l.checkAsOf(asOf); err != nil {
		return Report{}, err
	}
	rep := Report{Subject: l.plan.Title, AsOf: asOf}
	for i := range l.tasks {
		st, err := l.state(i, -1, asOf)
		if err != nil {
			return Report{}, err
		}
		lt := &l.tasks[i]
		l.cal.ProvisionalYears(l.plan.Date, st.Due) // the last day was counted from the plan's date
		basis := append([]Citation{l.plan.TaskCitation(*lt.task)}, ruleTaskDeadline.Basis...)
		subj := lt.task.ID
		var f Finding
		if len(st.Cycles) > 0 && st.Status != StatusNotApplicable {
			for _, c := range st.Cycles {
				f := l.cycleFinding(lt, c, asOf)
				f.Basis = basis
				rep.Findings = append(rep.Findings, f)
			}
		} else {
			f := l.deadlineFinding(lt, st, asOf)
			f.Basis = basis
			rep.Findings = append(rep.Findings, f)
		}
		if lt.task.Quota.IsZero() {
			continue
		}
		msg := fmt.Sprintf("要求%s，已报送%d%s", lt.task.Quota, st.Count, lt.task.Quota.Measure)
		if st.Short > 0 {
			msg += "，尚差" + strconv.FormatInt(st.Short, 10) + lt.task.Quota.Measure
		}
		switch {
		case st.Status == StatusNotApplicable:
			f = ruleTaskQuota.NotApplicable(subj, fmt.Sprintf("要求%s，截至 %s 计划尚未印发", lt.task.Quota, asOf))
		case st.Short == 0:
			f = ruleTaskQuota.Pass(subj, msg)
		case st.Due.IsZero() || !asOf.After(st.Due):
			f = ruleTaskQuota.Pass(subj, msg+"，未到期")
		default:
			f = ruleTaskQuota.Fail(subj, msg+fmt.Sprintf("，完成时限 %s 已过", st.Due))
		}
		f.Basis = basis
		rep.Findings = append(rep.Findings, f)
	}
	return rep, nil
}

// Overdue returns the failing deadline findings of overdue tasks as of asOf,
// in plan order, each past cycle of a recurring duty without a report its
// own item: each names the task (and cycle), its last day, how long it is
// overdue and the units that have not reported completion.
func (l *Ledger) Overdue(asOf Date) ([]Finding, error) {
	rep, err := l.Check(asOf)
	if err != nil {
		return nil, err
	}
	var out []Finding
	for _, f := range rep.Findings {
		if f.Rule == ruleTaskDeadline.ID && f.Outcome == Fail && f.Severity == Violation {
			out = append(out, f)
		}
	}
	return out, nil
}

// deadlineFinding is the deadline finding of a task with one last day.
func (l *Ledger) deadlineFinding(lt *ledgerTask, st TaskState, asOf Date) Finding {
	subj := lt.task.ID
	switch st.Status {
	case StatusNotApplicable:
		return ruleTaskDeadline.NotApplicable(subj, fmt.Sprintf("截至 %s 计划尚未印发（印发日期 %s）", asOf, l.plan.Date))
	case StatusOverdue:
		return ruleTaskDeadline.Fail(subj, l.overdueMessage(lt, st, asOf))
	case StatusDoneLate:
		return ruleTaskDeadline.FailWith(Notice, subj, fmt.Sprintf("完成时限 %s（%s），%s 报告完成，逾期%d日", st.Due, lt.task.Deadline, st.Done, st.Done.DaysSince(st.Due)))
	case StatusDoneOnTime:
		return ruleTaskDeadline.Pass(subj, fmt.Sprintf("完成时限 %s（%s），%s 报告完成", st.Due, lt.task.Deadline, st.Done))
	}
	if st.Deadline == DeadlineOngoing {
		return ruleTaskDeadline.NotApplicable(subj, "长期坚持，无完成时限")
	}
	return ruleTaskDeadline.Pass(subj, fmt.Sprintf("完成时限 %s（%s），截至 %s 尚未到期，%s", st.Due, lt.task.Deadline, asOf, st.Countdown()))
}

// cycleFinding is the deadline finding of one cycle of a recurring duty;
// its subject names the task and the cycle, e.g. 「(十六) 2019年7月」.
func (l *Ledger) cycleFinding(lt *ledgerTask, c CycleState, asOf Date) Finding {
	subj := lt.task.ID + " " + c.Label
	head := fmt.Sprintf("%s（%s）完成时限 %s", c.Label, lt.task.Deadline, c.Due)
	switch c.Status {
	case StatusOverdue:
		msg := fmt.Sprintf("%s，截至 %s 牵头单位%s未报告，逾期%d日（%d个工作日）", head, asOf, l.dir.Name(lt.slots[0].unit), -c.DaysLeft, -c.WorkdaysLeft)
		if p := l.pending(lt, c.Start, asOf); len(p) > 0 {
			msg += "；未报告的单位：" + strings.Join(p, "、")
		}
		return ruleTaskDeadline.Fail(subj, msg)
	case StatusDoneLate:
		return ruleTaskDeadline.FailWith(Notice, subj, fmt.Sprintf("%s，%s 报告，逾期%d日", head, c.Done, c.Done.DaysSince(c.Due)))
	case StatusDoneOnTime:
		return ruleTaskDeadline.Pass(subj, fmt.Sprintf("%s，%s 报告", head, c.Done))
	}
	return ruleTaskDeadline.Pass(subj, fmt.Sprintf("%s，截至 %s 尚未到期", head, asOf))
}

// pending returns the names of the lead and responsible units that have
// not reported completion by asOf: of the cycle beginning cycle for a
// recurring duty, else at all.
func (l *Ledger) pending(lt *ledgerTask, cycle, asOf Date) []string {
	var out []string
	for k := 0; k < lt.assessed; k++ {
		s := &lt.slots[k]
		done := false
		for i, d := range s.done {
			if !d.After(asOf) && (cycle.IsZero() || s.cycle[i] == cycle) {
				done = true
				break
			}
		}
		if !done {
			out = append(out, l.dir.Name(s.unit))
		}
	}
	return out
}

func (l *Ledger) overdueMessage(lt *ledgerTask, st TaskState, asOf Date) string {
	var b strings.Builder
	fmt.Fprintf(&b, "完成时限 %s（%s）", st.Due, lt.task.Deadline)
	if st.Extended {
		fmt.Fprintf(&b, "（已批准延期，原时限 %s）", lt.due)
	}
	fmt.Fprintf(&b, "，截至 %s 牵头单位%s未报告完成，逾期%d日（%d个工作日）", asOf, l.dir.Name(lt.slots[0].unit), -st.DaysLeft, -st.WorkdaysLeft)
	pending := l.pending(lt, Date{}, asOf)
	if len(pending) > 0 {
		b.WriteString("；未报告完成的单位：")
		b.WriteString(strings.Join(pending, "、"))
	}
	return b.String()
}
