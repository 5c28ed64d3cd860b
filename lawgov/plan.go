package lawgov

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
)

// DeadlineKind is how a task's deadline (完成时限) is set. The zero
// DeadlineKind is unspecified.
type DeadlineKind uint8

// The deadline kinds.
const (
	DeadlineKindUnspecified DeadlineKind = iota
	DeadlineDate                         // 限期完成: a fixed last day, e.g. 「2019年12月底前」
	DeadlinePeriod                       // 期限: a period counted from the plan's date, e.g. 「印发之日起30日内」
	DeadlineRecurring                    // 定期: a duty due every month, quarter or year
	DeadlineOngoing                      // 长期坚持: no deadline; never overdue
)

var deadlineKindNames = enum.New[DeadlineKind]("lawgov", "deadline kind", "DeadlineKind", []enum.Entry{
	DeadlineDate:      {Code: "date", Label: "限期完成"},
	DeadlinePeriod:    {Code: "period", Label: "期限"},
	DeadlineRecurring: {Code: "recurring", Label: "定期"},
	DeadlineOngoing:   {Code: "ongoing", Label: "长期坚持"},
})

// String returns the stable code, e.g. "recurring".
func (k DeadlineKind) String() string { return deadlineKindNames.String(k) }

// Label returns the Chinese label, e.g. 定期.
func (k DeadlineKind) Label() string { return deadlineKindNames.Label(k) }

// IsValid reports whether k is a defined deadline kind.
func (k DeadlineKind) IsValid() bool { return deadlineKindNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k DeadlineKind) MarshalText() ([]byte, error) { return deadlineKindNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *DeadlineKind) UnmarshalText(b []byte) error {
	v, err := deadlineKindNames.Parse(b)
	*k = v
	return err
}

// Recurrence is the cycle of a recurring duty. The zero Recurrence is
// unspecified.
type Recurrence uint8

// The recurrences.
const (
	RecurrenceUnspecified Recurrence = iota
	Monthly                          // 每月
	Quarterly                        // 每季度
	Yearly                           // 每年
	HalfYearly                       // 每半年
)

var recurrenceNames = enum.New[Recurrence]("lawgov", "recurrence", "Recurrence", []enum.Entry{
	Monthly:    {Code: "monthly", Label: "每月"},
	Quarterly:  {Code: "quarterly", Label: "每季度"},
	Yearly:     {Code: "yearly", Label: "每年"},
	HalfYearly: {Code: "half_yearly", Label: "每半年"},
})

// String returns the stable code, e.g. "quarterly".
func (r Recurrence) String() string { return recurrenceNames.String(r) }

// Label returns the Chinese label, e.g. 每季度.
func (r Recurrence) Label() string { return recurrenceNames.Label(r) }

// IsValid reports whether r is a defined recurrence.
func (r Recurrence) IsValid() bool { return recurrenceNames.Valid(r) }

// MarshalText implements encoding.TextMarshaler.
func (r Recurrence) MarshalText() ([]byte, error) { return recurrenceNames.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Recurrence) UnmarshalText(b []byte) error {
	v, err := recurrenceNames.Parse(b)
	*r = v
	return err
}

// PeriodOf returns the first and last day of the cycle that contains d: its
// month, its quarter, its half-year or its year. It returns zero dates when
// r or d is not valid.
func (r Recurrence) PeriodOf(d Date) (start, end Date) {
	if !d.IsValid() {
		return Date{}, Date{}
	}
	y, m, _ := d.Date()
	first, last := m, m
	switch r {
	case Monthly:
	case Quarterly:
		first = (m-1)/3*3 + 1
		last = first + 2
	case HalfYearly:
		first = (m-1)/6*6 + 1
		last = first + 5
	case Yearly:
		first, last = time.January, time.December
	default:
		return Date{}, Date{}
	}
	// A cycle never leaves its year, so the last day is in range even in 9999.
	return MustDate(y, first, 1), MustDate(y, last, daysIn(y, last))
}

// CycleLabel names the cycle of r that contains d in Chinese, as a ledger
// lists it: 「2019年7月」, 「2019年第三季度」, 「2019年上半年」, 「2019年」. It
// returns "" when r or d is not valid.
func (r Recurrence) CycleLabel(d Date) string {
	if !r.IsValid() || !d.IsValid() {
		return ""
	}
	y := strconv.Itoa(d.Year()) + "年"
	switch r {
	case Monthly:
		return y + strconv.Itoa(int(d.Month())) + "月"
	case Quarterly:
		return y + "第" + string(cnDigits[(int(d.Month())-1)/3+1]) + "季度"
	case HalfYearly:
		if d.Month() <= time.June {
			return y + "上半年"
		}
		return y + "下半年"
	}
	return y
}

// Deadline is when a task is due (完成时限/办理时限). Exactly one of On,
// After and Every is set, as Kind says; an ongoing deadline sets none.
// Phrase keeps the wording of the source table, for display.
//
// A recurring duty is due by the last day of each cycle unless Day (and,
// for a yearly duty, Month) says otherwise: 「每月10日前」 is Every Monthly,
// Day 10; 「每年11月底前」 is Every Yearly, Month 11. Day 0 means the last
// day of the month, and a Day past the end of a short month means its last
// day (每月31日前 is due on 28 February).
//
// A fixed date is the plan's own target, not a statutory period: it is not
// moved off a rest day. A period from the plan date is counted by
// [Calendar.PeriodEnd] (start day excluded, rolled forward off rest days).
//
// The zero Deadline is invalid.
type Deadline struct {
	Kind   DeadlineKind `json:"kind"`
	On     Date         `json:"on,omitzero"`     // DeadlineDate: the last day
	After  Period       `json:"after,omitzero"`  // DeadlinePeriod: counted from the plan date
	Every  Recurrence   `json:"every,omitempty"` // DeadlineRecurring
	Month  time.Month   `json:"month,omitempty"` // DeadlineRecurring, Yearly only: the month due; 0 = December
	Day    int          `json:"day,omitempty"`   // DeadlineRecurring: the day of the month due, 1–31; 0 = its last day
	Phrase string       `json:"phrase,omitempty"`
}

// DeadlineOn returns a deadline on the fixed day d.
func DeadlineOn(d Date) Deadline { return Deadline{Kind: DeadlineDate, On: d} }

// DeadlineAfter returns a deadline at the end of period p counted from the
// plan's date.
func DeadlineAfter(p Period) Deadline { return Deadline{Kind: DeadlinePeriod, After: p} }

// DeadlineEvery returns a recurring deadline: the duty is due by the last day
// of every cycle of r.
func DeadlineEvery(r Recurrence) Deadline { return Deadline{Kind: DeadlineRecurring, Every: r} }

// Ongoing returns the deadline of a standing duty (长期坚持), which is never
// overdue.
func Ongoing() Deadline { return Deadline{Kind: DeadlineOngoing} }

// IsValid reports whether d has a kind and the matching field set.
func (d Deadline) IsValid() bool {
	switch d.Kind {
	case DeadlineDate:
		return d.On.IsValid()
	case DeadlinePeriod:
		return d.After.IsValid()
	case DeadlineRecurring:
		if d.Month != 0 && (d.Every != Yearly || d.Month < time.January || d.Month > time.December) {
			return false
		}
		return d.Every.IsValid() && d.Day >= 0 && d.Day <= 31
	case DeadlineOngoing:
		return true
	}
	return false
}

// Cycle returns, for a recurring deadline, the first day of the cycle that
// contains day and the last day the duty is due in that cycle (see
// [Deadline]). It returns zero dates for other deadlines or an invalid day.
func (d Deadline) Cycle(day Date) (start, due Date) {
	if d.Kind != DeadlineRecurring || !d.IsValid() {
		return Date{}, Date{}
	}
	start, end := d.Every.PeriodOf(day)
	if start.IsZero() {
		return Date{}, Date{}
	}
	y, m := end.Year(), end.Month()
	if d.Month != 0 {
		m = d.Month
	}
	n := daysIn(y, m)
	if d.Day > 0 && d.Day < n {
		n = d.Day
	}
	return start, MustDate(y, m, n)
}

// String renders the deadline in Chinese: the phrase when there is one,
// otherwise 「2019年12月31日前」, 「印发之日起30日内」, 「每季度」 or 「长期坚持」.
func (d Deadline) String() string {
	if d.Phrase != "" {
		return d.Phrase
	}
	switch d.Kind {
	case DeadlineDate:
		return d.On.Chinese() + "前"
	case DeadlinePeriod:
		return "印发之日起" + d.After.String() + "内"
	case DeadlineRecurring:
		s := d.Every.Label()
		if d.Month != 0 {
			s += strconv.Itoa(int(d.Month)) + "月"
		}
		switch {
		case d.Day > 0:
			s += strconv.Itoa(d.Day) + "日前"
		case d.Month != 0:
			s += "底前"
		}
		return s
	case DeadlineOngoing:
		return "长期坚持"
	}
	return "?"
}

// QuotaScope says whom a task's minimum count binds. The zero QuotaScope is
// unspecified.
type QuotaScope uint8

// The quota scopes.
const (
	QuotaScopeUnspecified QuotaScope = iota
	QuotaOverall                     // 合计: the count of all units together
	QuotaPerUnit                     // 每个单位: each lead or responsible unit separately
)

var quotaScopeNames = enum.New[QuotaScope]("lawgov", "quota scope", "QuotaScope", []enum.Entry{
	QuotaOverall: {Code: "overall", Label: "合计"},
	QuotaPerUnit: {Code: "per_unit", Label: "每个单位"},
})

// String returns the stable code, e.g. "per_unit".
func (s QuotaScope) String() string { return quotaScopeNames.String(s) }

// Label returns the Chinese label, e.g. 每个单位.
func (s QuotaScope) Label() string { return quotaScopeNames.Label(s) }

// IsValid reports whether s is a defined scope.
func (s QuotaScope) IsValid() bool { return quotaScopeNames.Valid(s) }

// MarshalText implements encoding.TextMarshaler.
func (s QuotaScope) MarshalText() ([]byte, error) { return quotaScopeNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *QuotaScope) UnmarshalText(b []byte) error {
	v, err := quotaScopeNames.Parse(b)
	*s = v
	return err
}

// Quota is a minimum count a task sets, such as 「集中培训不少于4次」: Min of
// Measure (次, 件, 场), overall or for each unit.
//
// The zero Quota means the task has no quota; IsZero reports it.
type Quota struct {
	Min     int64      `json:"min"`
	Measure string     `json:"measure,omitempty"` // the counting word, e.g. 次
	Scope   QuotaScope `json:"scope"`
}

// IsZero reports whether q is the zero Quota (no quota).
func (q Quota) IsZero() bool { return q == Quota{} }

// String renders q in Chinese: 「不少于4次」 or 「每个单位不少于4次」.
func (q Quota) String() string {
	s := "不少于" + strconv.FormatInt(q.Min, 10) + q.Measure
	if q.Scope == QuotaPerUnit {
		s = "每个单位" + s
	}
	return s
}

// Task is one numbered item of a work plan (工作任务): its number as printed
// (e.g. "(十六)"), its section, exactly one lead unit (牵头单位), the
// responsible units (责任单位, which may repeat the lead) and cooperating
// units (配合单位), the deadline, the expected output (成果形式), an optional
// quota, and its citation. A zero Basis means the plan's citation narrowed to
// the task's item, see [Plan.TaskCitation].
//
// The zero Task is invalid.
type Task struct {
	ID          string   `json:"id" validate:"required,max=32"`
	Section     string   `json:"section,omitempty"`
	Title       string   `json:"title" validate:"required"`
	Lead        UnitID   `json:"lead" validate:"required"`
	Responsible []UnitID `json:"responsible,omitempty"`
	Cooperating []UnitID `json:"cooperating,omitempty"`
	Deadline    Deadline `json:"deadline" validate:"isvalid"`
	Output      string   `json:"output,omitempty"`
	Quota       Quota    `json:"quota,omitzero"`
	Basis       Citation `json:"basis,omitzero"`
}

// Units returns the lead unit, then the responsible units other than the
// lead: the units that answer for the task.
func (t Task) Units() []UnitID {
	out := make([]UnitID, 0, 1+len(t.Responsible))
	out = append(out, t.Lead)
	for _, u := range t.Responsible {
		if !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

// Plan is an annual work plan (年度工作要点) such as 赤壁市2019年推进依法行政建设
// 法治政府工作要点 (赤政发〔2019〕7号), split into numbered tasks.
//
// The zero Plan is invalid.
type Plan struct {
	Year     int    `json:"year" validate:"min=1,max=9999"`
	Issuer   string `json:"issuer" validate:"required"` // e.g. 赤壁市人民政府
	Document string `json:"document,omitempty"`         // document number, e.g. 赤政发〔2019〕7号
	Title    string `json:"title" validate:"required"`  // e.g. 赤壁市2019年推进依法行政建设法治政府工作要点
	Date     Date   `json:"date" validate:"isvalid"`    // date of issue (发文日期), from which periods run
	Tasks    []Task `json:"tasks" validate:"required,dive"`
}

// Citation returns the citation of the plan itself.
func (p Plan) Citation() Citation {
	return Citation{Instrument: p.Title, Document: p.Document, Version: p.Date}
}

// TaskCitation returns the citation of task t: t.Basis when set, otherwise
// the plan's citation with Part 「第(十六)项」.
func (p Plan) TaskCitation(t Task) Citation {
	if !t.Basis.IsZero() {
		return t.Basis
	}
	c := p.Citation()
	c.Part = "第" + t.ID + "项"
	return c
}

// Task returns the task with the given ID.
func (p Plan) Task(id string) (Task, bool) {
	for _, t := range p.Tasks {
		if t.ID == id {
			return t, true
		}
	}
	return Task{}, false
}

// Validate checks the plan's shape and its tasks against dir: every task ID
// unique; the lead, responsible and cooperating units known to dir; no unit
// both lead and cooperating; a quota, when set, with Min > 0 and a scope; a
// fixed deadline inside the plan's year or later. It returns nil or an
// *InvalidInputError naming every problem.
func (p Plan) Validate(dir *Directory) error {
	var fields []FieldError
	if err := Validate(p); err != nil {
		ie, ok := err.(*InvalidInputError)
		if !ok {
			return err
		}
		fields = append(fields, ie.Fields...)
	}
	seen := make(map[string]int, len(p.Tasks))
	for i, t := range p.Tasks {
		path := fmt.Sprintf("Plan.tasks[%d]", i)
		if j, dup := seen[t.ID]; dup && t.ID != "" {
			fields = append(fields, FieldError{Field: path + ".id", Rule: "unique", Msg: fmt.Sprintf("task %q repeats tasks[%d]", t.ID, j)})
		}
		seen[t.ID] = i
		if t.Lead != "" && !dir.Has(t.Lead) {
			fields = append(fields, FieldError{Field: path + ".lead", Rule: "known", Msg: fmt.Sprintf("task %q: unknown lead unit %q", t.ID, t.Lead)})
		}
		for j, u := range t.Responsible {
			if !dir.Has(u) {
				fields = append(fields, FieldError{Field: fmt.Sprintf("%s.responsible[%d]", path, j), Rule: "known", Msg: fmt.Sprintf("task %q: unknown unit %q", t.ID, u)})
			}
		}
		for j, u := range t.Cooperating {
			if !dir.Has(u) {
				fields = append(fields, FieldError{Field: fmt.Sprintf("%s.cooperating[%d]", path, j), Rule: "known", Msg: fmt.Sprintf("task %q: unknown unit %q", t.ID, u)})
			}
			if u == t.Lead {
				fields = append(fields, FieldError{Field: fmt.Sprintf("%s.cooperating[%d]", path, j), Rule: "excluded", Msg: fmt.Sprintf("task %q: unit %q is both lead and cooperating", t.ID, u)})
			}
		}
		if !t.Quota.IsZero() {
			if t.Quota.Min <= 0 {
				fields = append(fields, FieldError{Field: path + ".quota.min", Rule: "gt", Param: "0", Msg: fmt.Sprintf("task %q: quota must be positive, got %d", t.ID, t.Quota.Min)})
			}
			if !t.Quota.Scope.IsValid() {
				fields = append(fields, FieldError{Field: path + ".quota.scope", Rule: "isvalid", Msg: fmt.Sprintf("task %q: quota has no scope", t.ID)})
			}
		}
		if t.Deadline.Kind == DeadlineDate && t.Deadline.On.IsValid() && t.Deadline.On.Year() < p.Year {
			fields = append(fields, FieldError{Field: path + ".deadline.on", Rule: "min", Msg: fmt.Sprintf("task %q: deadline %s before the plan year %d", t.ID, t.Deadline.On, p.Year)})
		}
	}
	if len(fields) > 0 {
		return NewInvalidInputError("Plan", fields...)
	}
	return nil
}
