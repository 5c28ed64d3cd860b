package lawgov

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
)

// TaskStatus is the state of a task, or of one unit's share of it, as of a
// date (任务状态). The ledger derives it from events; it is never stored.
// The zero TaskStatus is unspecified.
type TaskStatus uint8

// The task statuses.
const (
	TaskStatusUnspecified TaskStatus = iota
	StatusNotStarted                 // 未启动: nothing reported yet, not yet due soon
	StatusInProgress                 // 推进中: something reported, not complete, not yet due soon
	StatusDueSoon                    // 即将到期: not complete, due within the warning window
	StatusOverdue                    // 已逾期: not complete, the last day has passed
	StatusDoneOnTime                 // 按期完成: completion reported on or before the last day
	StatusDoneLate                   // 逾期完成: completion reported after the last day
	StatusNotApplicable              // 不适用: the plan was not yet issued on the date asked
)

var taskStatusNames = enum.New[TaskStatus]("lawgov", "task status", "TaskStatus", []enum.Entry{
	StatusNotStarted:    {Code: "not_started", Label: "未启动"},
	StatusInProgress:    {Code: "in_progress", Label: "推进中"},
	StatusDueSoon:       {Code: "due_soon", Label: "即将到期"},
	StatusOverdue:       {Code: "overdue", Label: "已逾期"},
	StatusDoneOnTime:    {Code: "done_on_time", Label: "按期完成"},
	StatusDoneLate:      {Code: "done_late", Label: "逾期完成"},
	StatusNotApplicable: {Code: "not_applicable", Label: "不适用"},
})

// String returns the stable code, e.g. "due_soon".
func (s TaskStatus) String() string { return taskStatusNames.String(s) }

// Label returns the Chinese label, e.g. 即将到期.
func (s TaskStatus) Label() string { return taskStatusNames.Label(s) }

// IsValid reports whether s is a defined status.
func (s TaskStatus) IsValid() bool { return taskStatusNames.Valid(s) }

// IsDone reports whether s is StatusDoneOnTime or StatusDoneLate.
func (s TaskStatus) IsDone() bool { return s == StatusDoneOnTime || s == StatusDoneLate }

// MarshalText implements encoding.TextMarshaler.
func (s TaskStatus) MarshalText() ([]byte, error) { return taskStatusNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *TaskStatus) UnmarshalText(b []byte) error {
	v, err := taskStatusNames.Parse(b)
	*s = v
	return err
}

// EventKind is what a progress event records (进展类型). The zero EventKind
// is unspecified.
type EventKind uint8

// The event kinds.
const (
	EventKindUnspecified EventKind = iota
	EventCount                     // 报送数量: the unit did Count more of the task's measure (an increment)
	EventDone                      // 报告完成: the unit reports its share complete
	EventEvidence                  // 报送佐证材料: the unit files evidence; marks the task started
	EventExtension                 // 批准延期: an approved extension; the task's last day becomes Until
)

var eventKindNames = enum.New[EventKind]("lawgov", "event kind", "EventKind", []enum.Entry{
	EventCount:     {Code: "count", Label: "报送数量"},
	EventDone:      {Code: "done", Label: "报告完成"},
	EventEvidence:  {Code: "evidence", Label: "报送佐证材料"},
	EventExtension: {Code: "extension", Label: "批准延期"},
})

// String returns the stable code, e.g. "done".
func (k EventKind) String() string { return eventKindNames.String(k) }

// Label returns the Chinese label, e.g. 报告完成.
func (k EventKind) Label() string { return eventKindNames.Label(k) }

// IsValid reports whether k is a defined event kind.
func (k EventKind) IsValid() bool { return eventKindNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k EventKind) MarshalText() ([]byte, error) { return eventKindNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := eventKindNames.Parse(b)
	*k = v
	return err
}

// Role is a unit's part in a task (承担方式). The zero Role is unspecified.
type Role uint8

// The roles.
const (
	RoleUnspecified Role = iota
	RoleLead             // 牵头单位
	RoleResponsible      // 责任单位
	RoleCooperating      // 配合单位
)

var roleNames = enum.New[Role]("lawgov", "role", "Role", []enum.Entry{
	RoleLead:        {Code: "lead", Label: "牵头"},
	RoleResponsible: {Code: "responsible", Label: "责任"},
	RoleCooperating: {Code: "cooperating", Label: "配合"},
})

// String returns the stable code, e.g. "lead".
func (r Role) String() string { return roleNames.String(r) }

// Label returns the Chinese label, e.g. 牵头.
func (r Role) Label() string { return roleNames.Label(r) }

// IsValid reports whether r is a defined role.
func (r Role) IsValid() bool { return roleNames.Valid(r) }

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) { return roleNames.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Role) UnmarshalText(b []byte) error {
	v, err := roleNames.Parse(b)
	*r = v
	return err
}

// Event is one dated progress report about a task by a unit assigned to it
// (lead, responsible or cooperating).
//
// The zero Event is invalid.
type Event struct {
	Date  Date      `json:"date"`
	Task  string    `json:"task"`
	Unit  UnitID    `json:"unit"`
	Kind  EventKind `json:"kind"`
	Count int64     `json:"count,omitempty"` // EventCount: how many more, > 0
	Until Date      `json:"until,omitzero"`  // EventExtension: the new last day
	Cycle Date      `json:"cycle,omitzero"`  // EventDone of a recurring duty: a day of the cycle reported on; zero = the cycle of Date
	Note  string    `json:"note,omitempty"`
}

// String identifies the event in errors: "2019-08-01 (十六) chibi.justice done".
func (e Event) String() string {
	s := e.Date.String() + " " + e.Task + " " + string(e.Unit) + " " + e.Kind.String()
	switch e.Kind {
	case EventCount:
		s += " " + strconv.FormatInt(e.Count, 10)
	case EventExtension:
		s += " " + e.Until.String()
	}
	return s
}

// EventError reports an event the ledger rejected. Index is the event's
// position in the batch given to [Ledger.Apply]. The zero EventError is not
// produced by the package.
type EventError struct {
	Index  int
	Event  Event
	Reason string
	Err    error // the cause, e.g. a *NoDataError; may be nil
}

// Error implements error: "lawgov: apply event <index> <%q event>: <reason>".
func (e *EventError) Error() string {
	return fmt.Sprintf("lawgov: apply event %d %q: %s", e.Index, e.Event.String(), e.Reason)
}

// Unwrap returns the cause.
func (e *EventError) Unwrap() error { return e.Err }

// LedgerConfig configures a [Ledger]. The zero LedgerConfig uses the
// defaults.
type LedgerConfig struct {
	// Calendar counts working days. Defaults to OfficialCalendar().
	Calendar *Calendar
	// DueSoon is the warning window in working days: an incomplete task
	// whose last day is at most DueSoon working days away is due soon.
	// Defaults to 7 when zero; a negative value turns the warning off.
	DueSoon int
}

// DefaultDueSoon is the default warning window, in working days.
const DefaultDueSoon = 7

// MaxEventCount is the largest Count one progress report may carry: no
// real report counts a billion trainings or inspections, and the bound
// keeps every total far from overflow.
const MaxEventCount = 1_000_000_000

// Ledger is a countdown work ledger (倒计时工作台账) of one plan: it holds the
// progress events and derives every task's state as of any date. Nothing
// derived is stored, so the same ledger answers for any date.
//
// Events must come in date order. [Ledger.Apply] is atomic: a batch with a
// bad event changes nothing. A Ledger is not safe for concurrent Apply;
// queries may run concurrently with each other once applying has stopped.
//
// Each task keeps its events sorted by date, with running totals for
// counts, so a task's state as of a date costs a few binary searches.
//
// The zero Ledger is not usable; build one with [NewLedger].
type Ledger struct {
	plan   Plan
	dir    *Directory
	cal    *Calendar
	window int
	tasks  []ledgerTask
	byID   map[string]int
	byUnit map[UnitID][]slotRef
	last   Date
	events int
}

type ledgerTask struct {
	task     *Task
	due      Date // base last day for DeadlineDate and DeadlinePeriod
	dueBasis []Citation
	slots    []ledgerSlot // lead, responsible, cooperating
	assessed int          // slots[:assessed] are the lead and responsible units
	first    Date         // first event of any unit; zero when none
	ext      []extension
	counts   tally   // all units together
	events   []Event // in date order
	cycles   []cycle // recurring duties: the cycles of the plan year
}

type ledgerSlot struct {
	unit   UnitID
	role   Role
	first  Date
	done   []Date
	cycle  []Date // recurring duties: the first day of the cycle each done reports on
	counts tally
}

type slotRef struct{ task, slot int32 }

type extension struct{ from, until Date }

// tally is a running total of counts by date.
type tally struct {
	dates []Date
	cum   []int64
}

func (t *tally) add(d Date, n int64) {
	var prev int64
	if k := len(t.cum); k > 0 {
		prev = t.cum[k-1]
	}
	t.dates = append(t.dates, d)
	t.cum = append(t.cum, prev+n)
}

// total returns the total of all counts.
func (t *tally) total() int64 {
	if len(t.cum) == 0 {
		return 0
	}
	return t.cum[len(t.cum)-1]
}

// at returns the total of counts dated on or before d.
func (t *tally) at(d Date) int64 {
	i := sort.Search(len(t.dates), func(i int) bool { return t.dates[i].After(d) })
	if i == 0 {
		return 0
	}
	return t.cum[i-1]
}

// between returns the total of counts dated from a to b inclusive.
func (t *tally) between(a, b Date) int64 {
	return t.at(b) - t.at(a.AddDays(-1))
}

// NewLedger returns an empty ledger for plan p, whose units must be in dir.
// It validates the plan and computes each task's last day: a fixed date as
// written, a period from the plan date by [Calendar.PeriodEnd]. A last day
// in a year the calendar does not cover is an error wrapping
// ErrNoCalendarData.
func NewLedger(p Plan, dir *Directory, cfg LedgerConfig) (*Ledger, error) {
	if err := p.Validate(dir); err != nil {
		return nil, err
	}
	cal := cfg.Calendar
	if cal == nil {
		cal = OfficialCalendar()
	}
	window := cfg.DueSoon
	if window == 0 {
		window = DefaultDueSoon
	}
	p.Tasks = slices.Clone(p.Tasks)
	l := &Ledger{plan: p, dir: dir, cal: cal, window: window,
		tasks: make([]ledgerTask, len(p.Tasks)), byID: make(map[string]int, len(p.Tasks)), byUnit: make(map[UnitID][]slotRef)}
	for i := range p.Tasks {
		t := &l.plan.Tasks[i]
		lt := &l.tasks[i]
		lt.task = t
		l.byID[t.ID] = i
		switch t.Deadline.Kind {
		case DeadlineDate:
			if _, err := cal.IsWorkday(t.Deadline.On); err != nil {
				return nil, fmt.Errorf("lawgov: new ledger: task %q: deadline %s: %w", t.ID, t.Deadline.On, err)
			}
			lt.due = t.Deadline.On
		case DeadlineRecurring:
			lt.cycles = planCycles(t.Deadline, p)
			if len(lt.cycles) == 0 {
				return nil, fmt.Errorf("lawgov: new ledger: task %q: deadline %s: no cycle of %d is due on or after the plan date %s", t.ID, t.Deadline, p.Year, p.Date)
			}
		case DeadlinePeriod:
			d, basis, err := cal.PeriodEnd(p.Date, t.Deadline.After)
			if err != nil {
				return nil, fmt.Errorf("lawgov: new ledger: task %q: deadline %s: %w", t.ID, t.Deadline, err)
			}
			lt.due, lt.dueBasis = d, basis
		}
		units := t.Units()
		for k, u := range units {
			role := RoleResponsible
			if k == 0 {
				role = RoleLead
			}
			lt.slots = append(lt.slots, ledgerSlot{unit: u, role: role})
		}
		lt.assessed = len(lt.slots)
		for _, u := range t.Cooperating {
			if !slices.Contains(units, u) {
				units = append(units, u)
				lt.slots = append(lt.slots, ledgerSlot{unit: u, role: RoleCooperating})
			}
		}
		for k, s := range lt.slots {
			l.byUnit[s.unit] = append(l.byUnit[s.unit], slotRef{int32(i), int32(k)})
		}
	}
	return l, nil
}

// Plan returns the ledger's plan.
func (l *Ledger) Plan() Plan { return l.plan }

// Directory returns the directory of the plan's units.
func (l *Ledger) Directory() *Directory { return l.dir }

// LastEvent returns the latest progress event about task id dated on or
// before asOf (the last of the day when several share its date).
func (l *Ledger) LastEvent(id string, asOf Date) (Event, bool) {
	ti, ok := l.byID[id]
	if !ok {
		return Event{}, false
	}
	evs := l.tasks[ti].events
	i := sort.Search(len(evs), func(i int) bool { return evs[i].Date.After(asOf) })
	if i == 0 {
		return Event{}, false
	}
	return evs[i-1], true
}

// Len returns the number of events applied.
func (l *Ledger) Len() int { return l.events }

// Apply records events, in order. Each event must be dated on or after the
// last event already recorded (and the one before it in the batch), in a
// year the calendar covers, about a task of the plan, by a unit assigned to
// that task; a count must be positive; an ongoing task cannot be reported
// complete; an extension applies to a task with a fixed or period deadline
// and must move its last day later. If any event is rejected, Apply records
// none and returns an *EventError naming the first bad event. A count is
// at most [MaxEventCount] and may not make the task's total overflow. A
// completion report of a recurring duty counts for the cycle of its Cycle
// (or of its Date), which must be in the plan year and not after the report.
func (l *Ledger) Apply(events ...Event) error {
	last := l.last
	type placed struct{ task, slot int }
	pos := make([]placed, len(events))
	due := make(map[int]Date)    // extensions earlier in this batch
	added := make(map[int]int64) // counts earlier in this batch
	for i, e := range events {
		bad := func(reason string, err error) error {
			return &EventError{Index: i, Event: e, Reason: reason, Err: err}
		}
		if !e.Kind.IsValid() {
			return bad("invalid kind", nil)
		}
		if !e.Cycle.IsZero() && e.Kind != EventDone {
			return bad("only a report of completion names a cycle", nil)
		}
		if !e.Date.IsValid() {
			return bad("invalid date", nil)
		}
		if _, err := l.cal.IsWorkday(e.Date); err != nil {
			return bad(fmt.Sprintf("no calendar data for %d", e.Date.Year()), err)
		}
		if e.Date.Before(last) {
			return bad(fmt.Sprintf("out of order: dated before %s", last), nil)
		}
		ti, ok := l.byID[e.Task]
		if !ok {
			return bad(fmt.Sprintf("unknown task %q", e.Task), nil)
		}
		if !l.dir.Has(e.Unit) {
			return bad(fmt.Sprintf("unknown unit %q", e.Unit), nil)
		}
		lt := &l.tasks[ti]
		si := -1
		for k := range lt.slots {
			if lt.slots[k].unit == e.Unit {
				si = k
				break
			}
		}
		if si < 0 {
			return bad(fmt.Sprintf("unit %q is not assigned task %q", e.Unit, e.Task), nil)
		}
		kind := lt.task.Deadline.Kind
		switch e.Kind {
		case EventCount:
			if e.Count <= 0 {
				return bad(fmt.Sprintf("count must be positive, got %d", e.Count), nil)
			}
			if e.Count > MaxEventCount {
				return bad(fmt.Sprintf("count %d exceeds %d, the most one report can carry", e.Count, MaxEventCount), nil)
			}
			sum := added[ti] + lt.counts.total()
			if sum > math.MaxInt64-e.Count {
				return bad("the task's total count would overflow", nil)
			}
			added[ti] += e.Count
		case EventDone:
			if kind == DeadlineOngoing {
				return bad("an ongoing task (长期坚持) cannot be reported complete", nil)
			}
			if !e.Cycle.IsZero() {
				if kind != DeadlineRecurring {
					return bad("only a recurring duty reports on a cycle", nil)
				}
				if !e.Cycle.IsValid() || e.Cycle.After(e.Date) {
					return bad(fmt.Sprintf("cycle %s is not on or before the report's date", e.Cycle), nil)
				}
				if e.Cycle.Year() != l.plan.Year {
					return bad(fmt.Sprintf("cycle %s is outside the plan year %d", e.Cycle, l.plan.Year), nil)
				}
			}
		case EventExtension:
			if kind != DeadlineDate && kind != DeadlinePeriod {
				return bad("only a fixed or period deadline can be extended", nil)
			}
			cur, ok := due[ti]
			if !ok {
				cur = lt.currentDue(e.Date)
			}
			if !e.Until.After(cur) {
				return bad(fmt.Sprintf("extension to %s does not move the last day %s later", e.Until, cur), nil)
			}
			if _, err := l.cal.IsWorkday(e.Until); err != nil {
				return bad(fmt.Sprintf("no calendar data for %d", e.Until.Year()), err)
			}
			due[ti] = e.Until
		}
		pos[i] = placed{ti, si}
		last = e.Date
	}
	for i, e := range events {
		lt := &l.tasks[pos[i].task]
		s := &lt.slots[pos[i].slot]
		if lt.first.IsZero() {
			lt.first = e.Date
		}
		if s.first.IsZero() {
			s.first = e.Date
		}
		lt.events = append(lt.events, e)
		switch e.Kind {
		case EventCount:
			s.counts.add(e.Date, e.Count)
			lt.counts.add(e.Date, e.Count)
		case EventDone:
			s.done = append(s.done, e.Date)
			if lt.task.Deadline.Kind == DeadlineRecurring {
				c := e.Cycle
				if c.IsZero() {
					c = e.Date
				}
				start, _ := lt.task.Deadline.Cycle(c)
				s.cycle = append(s.cycle, start)
			}
		case EventExtension:
			lt.ext = append(lt.ext, extension{from: e.Date, until: e.Until})
		}
	}
	l.last = last
	l.events += len(events)
	return nil
}

// currentDue returns the last day in force on asOf: the base last day, or
// the latest extension approved on or before asOf.
func (lt *ledgerTask) currentDue(asOf Date) Date {
	i := sort.Search(len(lt.ext), func(i int) bool { return lt.ext[i].from.After(asOf) })
	if i == 0 {
		return lt.due
	}
	return lt.ext[i-1].until
}

// TaskState is the derived state of a task, or of one unit's share of it, as
// of a date. Unit and Role are empty for the task as a whole, whose
// completion is the lead unit's report.
//
// The countdown DaysLeft (calendar days) and WorkdaysLeft (working days
// after AsOf up to and including Due) is negative once the task is overdue
// and zero when there is no last day (ongoing tasks, not-applicable states).
//
// The zero TaskState is invalid.
type TaskState struct {
	Task         string       `json:"task"`
	Section      string       `json:"section,omitempty"`
	Unit         UnitID       `json:"unit,omitempty"`
	Role         Role         `json:"role,omitempty"`
	AsOf         Date         `json:"as_of"`
	Status       TaskStatus   `json:"status"`
	Deadline     DeadlineKind `json:"deadline"`
	Due          Date         `json:"due,omitzero"`          // the last day in force; zero when ongoing
	PeriodStart  Date         `json:"period_start,omitzero"` // recurring duties: the current cycle's first day
	Extended     bool         `json:"extended,omitempty"`    // an extension moved Due
	Started      bool         `json:"started,omitempty"`     // something was reported by AsOf
	Done         Date         `json:"done,omitzero"`         // the completion counted
	DaysLeft     int          `json:"days_left"`
	WorkdaysLeft int          `json:"workdays_left"`
	Quota        Quota        `json:"quota,omitzero"`
	Count        int64        `json:"count,omitempty"` // counted towards the quota (in the cycle, for recurring duties)
	Short        int64        `json:"short,omitempty"` // how many short of the quota; summed over units for a per-unit quota
	// Cycles lists, for a recurring duty, every cycle of the plan year
	// begun by AsOf (and the first one, when none has begun), oldest
	// first. The task's own Status, Due and Done are those of its earliest
	// overdue cycle, or else of its latest cycle.
	Cycles []CycleState `json:"cycles,omitempty"`
}

// CycleState is the state of one cycle of a recurring duty (每月, 每季度) as
// of a date. The zero CycleState is invalid.
type CycleState struct {
	Label  string     `json:"label"` // e.g. 2019年7月, 2019年第三季度
	Start  Date       `json:"start"`
	Due    Date       `json:"due"`
	Done   Date       `json:"done,omitzero"` // the first report on the cycle, by AsOf
	Status TaskStatus `json:"status"`
	// DaysLeft and WorkdaysLeft count down to Due as in [TaskState].
	DaysLeft     int `json:"days_left"`
	WorkdaysLeft int `json:"workdays_left"`
}

// QuotaReached reports whether the task has no quota or has reached it.
func (s TaskState) QuotaReached() bool { return s.Short == 0 }

// Countdown renders the countdown in Chinese: 「剩余12日（8个工作日）」,
// 「今日到期」, 「逾期3日（2个工作日）」, or 「—」 when there is no last day
// or the task is complete.
func (s TaskState) Countdown() string {
	switch {
	case s.Due.IsZero() || s.Status.IsDone() || s.Status == StatusNotApplicable:
		return "—"
	case s.DaysLeft == 0:
		return "今日到期"
	case s.DaysLeft > 0:
		return "剩余" + strconv.Itoa(s.DaysLeft) + "日（" + strconv.Itoa(s.WorkdaysLeft) + "个工作日）"
	}
	return "逾期" + strconv.Itoa(-s.DaysLeft) + "日（" + strconv.Itoa(-s.WorkdaysLeft) + "个工作日）"
}

// checkAsOf reports whether the calendar covers asOf.
func (l *Ledger) checkAsOf(asOf Date) error {
	if _, err := l.cal.IsWorkday(asOf); err != nil {
		return fmt.Errorf("lawgov: ledger state as of %q: %w", asOf.String(), err)
	}
	return nil
}

// TaskState returns the state of task id as a whole as of asOf. It returns
// an error for an unknown task or an as-of date the calendar does not
// cover.
func (l *Ledger) TaskState(id string, asOf Date) (TaskState, error) {
	ti, ok := l.byID[id]
	if !ok {
		return TaskState{}, fmt.Errorf("lawgov: ledger task %q: unknown task", id)
	}
	if err := l.checkAsOf(asOf); err != nil {
		return TaskState{}, err
	}
	return l.state(ti, -1, asOf)
}

// state derives the state of task ti as of asOf: of the whole task when
// si < 0, else of slot si.
func (l *Ledger) state(ti, si int, asOf Date) (TaskState, error) {
	lt := &l.tasks[ti]
	t := lt.task
	st := TaskState{Task: t.ID, Section: t.Section, AsOf: asOf, Deadline: t.Deadline.Kind, Quota: t.Quota}
	ds := &lt.slots[0] // the lead answers for the task as a whole
	first := lt.first
	if si >= 0 {
		ds = &lt.slots[si]
		st.Unit, st.Role = ds.unit, ds.role
		first = ds.first
	}
	if asOf.Before(l.plan.Date) {
		st.Status = StatusNotApplicable
		return st, nil
	}
	st.Started = !first.IsZero() && !first.After(asOf)
	var from Date // counts for the quota start here; zero = all
	switch t.Deadline.Kind {
	case DeadlineOngoing:
		if st.Started {
			st.Status = StatusInProgress
		} else {
			st.Status = StatusNotStarted
		}
		l.quota(&st, lt, si, from, asOf)
		return st, nil
	case DeadlineRecurring:
		cycles, err := l.cycles(lt, ds, asOf)
		if err != nil {
			return TaskState{}, err
		}
		st.Cycles = cycles
		ref := cycles[len(cycles)-1]
		for _, c := range cycles {
			if c.Status == StatusOverdue {
				ref = c
				break
			}
		}
		from, st.Due, st.Done, st.PeriodStart = ref.Start, ref.Due, ref.Done, ref.Start
	default:
		st.Due = lt.currentDue(asOf)
		st.Extended = st.Due != lt.due
		if len(ds.done) > 0 && !ds.done[0].After(asOf) {
			st.Done = ds.done[0]
		}
	}
	st.DaysLeft = st.Due.DaysSince(asOf)
	wd, err := l.workdaysLeft(asOf, st.Due)
	if err != nil {
		return TaskState{}, fmt.Errorf("lawgov: ledger task %q as of %q: %w", t.ID, asOf.String(), err)
	}
	st.WorkdaysLeft = wd
	st.Status = l.status(st.Done, st.Due, asOf, wd, st.Started)
	l.quota(&st, lt, si, from, asOf)
	return st, nil
}

// cycle is one cycle of a recurring duty in the plan year.
type cycle struct {
	start, due Date
	label      string
}

// planCycles returns the cycles of the recurring deadline dl in the plan
// year that are due on or after the plan's date.
func planCycles(dl Deadline, p Plan) []cycle {
	end := MustDate(p.Year, time.December, 31)
	var out []cycle
	for start, due := dl.Cycle(MustDate(p.Year, time.January, 1)); !start.IsZero(); {
		if !due.Before(p.Date) {
			out = append(out, cycle{start: start, due: due, label: dl.Every.CycleLabel(start)})
		}
		_, last := dl.Every.PeriodOf(start)
		if !last.Before(end) {
			break
		}
		start, due = dl.Cycle(last.AddDays(1))
	}
	return out
}

// cycles returns the cycles of a recurring duty for slot ds as of asOf:
// those begun by asOf, or the first one when none has begun.
func (l *Ledger) cycles(lt *ledgerTask, ds *ledgerSlot, asOf Date) ([]CycleState, error) {
	n := 0
	for n < len(lt.cycles) && !lt.cycles[n].start.After(asOf) {
		n++
	}
	n = max(n, min(1, len(lt.cycles)))
	out := make([]CycleState, n)
	// The first report on each cycle by asOf: reports are in date order.
	for k, d := range ds.done {
		if d.After(asOf) {
			break
		}
		i := sort.Search(n, func(i int) bool { return !lt.cycles[i].start.Before(ds.cycle[k]) })
		if i < n && lt.cycles[i].start == ds.cycle[k] && out[i].Done.IsZero() {
			out[i].Done = d
		}
	}
	started := !ds.first.IsZero() && !ds.first.After(asOf)
	for i := range out {
		c, cs := lt.cycles[i], &out[i]
		wd, err := l.workdaysLeft(asOf, c.due)
		if err != nil {
			return nil, fmt.Errorf("lawgov: ledger task %q cycle %s as of %q: %w", lt.task.ID, c.label, asOf.String(), err)
		}
		cs.Label, cs.Start, cs.Due = c.label, c.start, c.due
		cs.Status = l.status(cs.Done, c.due, asOf, wd, started)
		cs.DaysLeft, cs.WorkdaysLeft = c.due.DaysSince(asOf), wd
	}
	return out, nil
}

// status derives a status from the completion date, the last day in force,
// the as-of date and the working days left.
func (l *Ledger) status(done, due, asOf Date, workdaysLeft int, started bool) TaskStatus {
	switch {
	case !done.IsZero() && !done.After(due):
		return StatusDoneOnTime
	case !done.IsZero():
		return StatusDoneLate
	case asOf.After(due):
		return StatusOverdue
	case l.window >= 0 && workdaysLeft <= l.window:
		return StatusDueSoon
	case started:
		return StatusInProgress
	}
	return StatusNotStarted
}

// workdaysLeft is the working-day countdown from asOf to due: the working
// days after asOf up to and including due, or, once due has passed, minus
// the working days after due up to and including asOf (a deadline on a
// Saturday is one working day overdue on the Monday after).
func (l *Ledger) workdaysLeft(asOf, due Date) (int, error) {
	if asOf.After(due) {
		n, err := l.cal.WorkdaysBetween(due, asOf)
		return -n, err
	}
	return l.cal.WorkdaysBetween(asOf, due)
}

// quota fills the quota fields of st: counts dated from from (zero: all) to
// asOf.
func (l *Ledger) quota(st *TaskState, lt *ledgerTask, si int, from, asOf Date) {
	q := lt.task.Quota
	if q.IsZero() {
		return
	}
	count := func(t *tally) int64 {
		if from.IsZero() {
			return t.at(asOf)
		}
		return t.between(from, asOf)
	}
	short := func(n int64) int64 { return max(0, q.Min-n) }
	switch {
	case q.Scope == QuotaPerUnit && si >= 0:
		st.Count = count(&lt.slots[si].counts)
		st.Short = short(st.Count)
	case q.Scope == QuotaPerUnit:
		st.Count = count(&lt.counts)
		for k := 0; k < lt.assessed; k++ {
			st.Short += short(count(&lt.slots[k].counts))
		}
	default:
		st.Count = count(&lt.counts)
		st.Short = short(st.Count)
	}
}
