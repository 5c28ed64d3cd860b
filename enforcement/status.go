package enforcement

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// State is an officer's derived qualification and credential state (执法资格状态)
// on a date. The zero State is unspecified.
type State uint8

// The states. Only StateActive may enforce.
const (
	StateUnspecified   State = iota
	StateNotQualified        // 不具备执法资格: ineligible, untrained, not passed, qualification lapsed or reassigned
	StateQualified           // 考试合格未领证: qualified without a credential
	StateActive              // 持证有效
	StateChangeOverdue       // 变更逾期未报告: a change of the credential's information not reported in time
	StateSuspended           // 暂扣
	StateExpired             // 过期 (validity or annual review lapsed)
	StateRevoked             // 吊销
	StateCancelled           // 注销
	StateRemoved             // 已从信息库清除
	numStates
)

var stateNames = enum.New[State]("enforcement", "state", "State", []enum.Entry{
	StateNotQualified:  {Code: "not_qualified", Label: "不具备执法资格"},
	StateQualified:     {Code: "qualified", Label: "考试合格未领证"},
	StateActive:        {Code: "active", Label: "持证有效"},
	StateChangeOverdue: {Code: "change_overdue", Label: "变更逾期未报告"},
	StateSuspended:     {Code: "suspended", Label: "暂扣"},
	StateExpired:       {Code: "expired", Label: "过期"},
	StateRevoked:       {Code: "revoked", Label: "吊销"},
	StateCancelled:     {Code: "cancelled", Label: "注销"},
	StateRemoved:       {Code: "removed", Label: "已从信息库清除"},
})

// String returns the stable code, e.g. "change_overdue".
func (s State) String() string { return stateNames.String(s) }

// Label returns the Chinese label, e.g. 变更逾期未报告.
func (s State) Label() string { return stateNames.Label(s) }

// IsValid reports whether s is a defined state.
func (s State) IsValid() bool { return stateNames.Valid(s) }

// MarshalText implements encoding.TextMarshaler.
func (s State) MarshalText() ([]byte, error) { return stateNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *State) UnmarshalText(b []byte) error {
	v, err := stateNames.Parse(b)
	*s = v
	return err
}

// ParseState parses a state code.
func ParseState(s string) (State, error) { return stateNames.Parse([]byte(s)) }

// States returns every state in order.
func States() []State { return stateNames.Values() }

// reason says why a non-active state holds, so that messages are built only
// when asked for.
type reason uint8

const (
	reasonNone reason = iota
	reasonIneligible
	reasonUntrained
	reasonNotPassed
	reasonLapsed
	reasonReassigned
	reasonExamRemoval
	reasonDecisionRemoval
	reasonCredentialExpired
	reasonReviewLapsed
)

// Status is an officer's derived state on a date, with the facts that explain
// it. Build it with [RuleSet.StatusAt]; Findings renders the explanation.
//
// The zero Status has StateUnspecified.
type Status struct {
	Officer    string      // officer ID
	Unit       string      // officer's unit
	AsOf       lawgov.Date // the date of the state
	State      State
	Employment EmploymentType
	Credential Credential // the credential held, or the last one held

	// ChangedOn is the day of the first change of the credential's printed
	// information not yet reported, and ReportDue the last day to report it;
	// both zero when no change is pending.
	ChangedOn  lawgov.Date
	ChangeWhat string
	ReportDue  lawgov.Date

	// Failures counts the failed exams that count under the rule set;
	// FirstFailure and LastFailure are the first and last of them. After a
	// removal by the exam rule they are the failures that caused it.
	Failures                  int
	FirstFailure, LastFailure lawgov.Date

	PassedOn       lawgov.Date // last passed exam still counting, or zero
	QualifiedUntil lawgov.Date // end of the qualification's validity, or zero
	ExpiresOn      lawgov.Date // last valid day of the credential, or zero for none
	ReviewDue      lawgov.Date // last day for the next annual review, or zero
	SuspendedFrom  lawgov.Date
	SuspendedUntil lawgov.Date // zero = open-ended
	EndedOn        lawgov.Date // date of revocation, cancellation or removal
	EndDecision    string      // the decision recorded with it

	// LateReports counts the changes of the credential's information that
	// were reported (or led to a reissue) after the reporting period ended
	// (逾期报告), up to AsOf. LateChanged, LateDue and LateReported are the
	// change, the last day to report it and the report of the latest of
	// them; all zero when none was late. A late report ends the overdue
	// state but is never forgotten.
	LateReports                        int
	LateChanged, LateDue, LateReported lawgov.Date

	rs     *RuleSet
	reason reason
	cal    *lawgov.ProvisionalUse // provisional years the change report period touched; nil for none
}

// CanEnforce reports whether the state allows enforcement at all.
func (s Status) CanEnforce() bool { return s.State == StateActive }

// replay is the state machine over an officer's history. Its zero value is
// the state of a new officer.
type replay struct {
	last        lawgov.Date
	removed     bool
	examRemoved bool
	reassigned  bool
	trained     bool
	passed      bool
	held        bool
	failures    int
	firstFail   lawgov.Date
	lastFail    lawgov.Date
	passedOn    lawgov.Date
	credEnd     EventKind // Revoked or Cancelled after a credential ended
	endedOn     lawgov.Date
	endEv       *Event // the revocation, cancellation or removal, for its decision; nil for a removal by the exam rule
	credEv      *Event // the issue or reissue of the credential held or last held
	reviewedOn  lawgov.Date
	changedOn   lawgov.Date
	changeEv    *Event // the pending change, for its What
	suspFrom    lawgov.Date
	suspUntil   lawgov.Date
	suspended   bool

	// reported is set by step when a report or reissue ends a pending
	// change: the caller then decides, with the calendar, whether the
	// report was late. reportChanged and reportOn are the change and the
	// report.
	reported      bool
	reportChanged lawgov.Date
	reportOn      lawgov.Date
	late          int
	lateChanged   lawgov.Date
	lateDue       lawgov.Date
	lateReported  lawgov.Date
}

// step applies e, or returns why e is impossible in the current state.
func (r *replay) step(e *Event, rs *RuleSet) string {
	if !e.Date.IsValid() {
		return "no date"
	}
	if e.Date.Before(r.last) {
		return "date before the previous event " + r.last.String()
	}
	if r.removed && e.Kind != Readmitted {
		return "officer removed from the database on " + r.endedOn.String() + " and not re-admitted"
	}
	r.last = e.Date
	switch e.Kind {
	case TrainingCompleted:
		r.trained = true
	case ExamAttempt:
		if !r.trained {
			return "exam before training"
		}
		if e.Passed {
			r.passed, r.passedOn, r.reassigned = true, e.Date, false
			if r.credEnd == Revoked {
				r.credEnd = 0
			}
			if rs.Exams.Consecutive {
				r.failures = 0
			}
			return ""
		}
		r.failures++
		if r.failures == 1 {
			r.firstFail = e.Date
		}
		r.lastFail = e.Date
		if r.failures >= rs.Exams.MaxFailures {
			r.passed = false
			if rs.Exams.Consequence == Reassign {
				r.reassigned = true
				return ""
			}
			r.removed, r.examRemoved, r.held, r.endedOn, r.endEv = true, true, false, e.Date, nil
		}
	case CredentialIssued:
		if !r.passed {
			return "no passed exam"
		}
		if r.held {
			return "a credential is already held"
		}
		if e.Number == "" {
			return "no credential number"
		}
		r.held, r.credEv, r.reviewedOn, r.credEnd = true, e, e.Date, 0
		r.changedOn, r.changeEv, r.suspended = lawgov.Date{}, nil, false
	case InformationChanged:
		if !r.held {
			return "no credential held"
		}
		if r.changedOn.IsZero() {
			r.changedOn, r.changeEv = e.Date, e
		}
	case ChangeReported:
		if !r.held {
			return "no credential held"
		}
		if r.changedOn.IsZero() {
			return "no unreported change"
		}
		r.reported, r.reportChanged, r.reportOn = true, r.changedOn, e.Date
		r.changedOn, r.changeEv = lawgov.Date{}, nil
	case CredentialReissued:
		if !r.held {
			return "no credential held"
		}
		if e.Number == "" {
			return "no credential number"
		}
		r.credEv, r.reviewedOn = e, e.Date
		if !r.changedOn.IsZero() {
			// A reissue ends a pending change as a report does.
			r.reported, r.reportChanged, r.reportOn = true, r.changedOn, e.Date
		}
		r.changedOn, r.changeEv = lawgov.Date{}, nil
	case Suspended:
		if !r.held {
			return "no credential held"
		}
		if !e.Until.IsZero() && e.Until.Before(e.Date) {
			return "suspension ends before it starts"
		}
		r.suspended, r.suspFrom, r.suspUntil = true, e.Date, e.Until
	case Revoked, Cancelled:
		if !r.held {
			return "no credential held"
		}
		r.held, r.suspended, r.credEnd, r.endedOn, r.endEv = false, false, e.Kind, e.Date, e
		r.changedOn, r.changeEv = lawgov.Date{}, nil
		if e.Kind == Revoked {
			r.passed = false
		}
	case RemovedFromDatabase:
		*r = replay{last: e.Date, removed: true, endedOn: e.Date, endEv: e,
			failures: r.failures, firstFail: r.firstFail, lastFail: r.lastFail, credEv: r.credEv,
			late: r.late, lateChanged: r.lateChanged, lateDue: r.lateDue, lateReported: r.lateReported}
	case Readmitted:
		if !r.removed {
			return "officer not removed"
		}
		// Re-admission starts a new record: training, exam and credential
		// are needed again and earlier failures no longer count. Late
		// reports stay on the record.
		*r = replay{last: e.Date, late: r.late, lateChanged: r.lateChanged, lateDue: r.lateDue, lateReported: r.lateReported}
	case AnnualReviewPassed:
		if !r.held {
			return "no credential held"
		}
		r.reviewedOn = e.Date
	default:
		return "unknown event kind"
	}
	return ""
}

// StatusAt derives o's state on asOf from the events of o.History dated on
// or before asOf. The whole history is replayed whatever asOf is: a history
// that is out of date order or impossible anywhere (see [EventError]) is
// rejected at every date, so no as-of date hides an earlier-dated event
// placed behind a later one. It also returns an error when a period up to
// asOf cannot be counted (no calendar data); a state that forbids
// enforcement is a result, not an error.
//
// The state is derived without allocating; call [Status.Findings] for the
// explanation.
func (rs *RuleSet) StatusAt(o Officer, asOf lawgov.Date) (Status, error) {
	var s Status
	err := rs.statusAt(&o, asOf, &s)
	return s, err
}

// statusAt is StatusAt writing into *s, which is left zero on error. Sweeps,
// checks and draws call it on the stored officer, so that neither the
// officer nor the status is copied per call.
func (rs *RuleSet) statusAt(o *Officer, asOf lawgov.Date, s *Status) error {
	var r replay
	h := o.History
	// A report within this many days of the change is on time without
	// consulting the calendar (see noteReport); 0 = always consult it.
	onTime := 0
	if u := rs.ChangeReport.Period.Unit; u == lawgov.UnitCalendarDays || u == lawgov.UnitWorkingDays {
		onTime = rs.ChangeReport.Period.N
	}
	i := 0
	for ; i < len(h); i++ {
		e := &h[i]
		if e.Date.After(asOf) {
			break
		}
		if why := r.step(e, rs); why != "" {
			*s = Status{}
			return &EventError{Officer: o.ID, Index: i, Kind: e.Kind, Date: e.Date, Reason: why}
		}
		if r.reported {
			if r.reportOn.DaysSince(r.reportChanged) <= onTime {
				r.reported = false
				continue
			}
			if err := rs.noteReport(&r); err != nil {
				*s = Status{}
				return fmt.Errorf("enforcement: status of officer %q: change report period: %w", o.ID, err)
			}
		}
	}
	if i < len(h) {
		// The later events do not change the state on asOf, but the
		// history must be possible as a whole. Lateness is not replayed:
		// it needs no check here and may need calendar data past asOf.
		rest := r
		for ; i < len(h); i++ {
			e := &h[i]
			if why := rest.step(e, rs); why != "" {
				*s = Status{}
				return &EventError{Officer: o.ID, Index: i, Kind: e.Kind, Date: e.Date, Reason: why}
			}
		}
	}
	return rs.derive(o, &r, asOf, s)
}

// noteReport decides whether the report that r.step just recorded was late
// and, if so, counts it. A report no later than the period's shortest
// possible end is on time without consulting the calendar: roll-forward and
// working days only lengthen a period.
func (rs *RuleSet) noteReport(r *replay) error {
	r.reported = false
	p := rs.ChangeReport.Period
	var earliest lawgov.Date
	switch p.Unit {
	case lawgov.UnitMonths:
		earliest = r.reportChanged.AddMonths(p.N)
	case lawgov.UnitYears:
		earliest = r.reportChanged.AddYears(p.N)
	default:
		earliest = r.reportChanged.AddDays(p.N)
	}
	if !r.reportOn.After(earliest) && !earliest.IsZero() {
		return nil
	}
	due, _, err := rs.calendar().PeriodEnd(r.reportChanged, p)
	if err != nil {
		return err
	}
	if r.reportOn.After(due) {
		r.late++
		r.lateChanged, r.lateDue, r.lateReported = r.reportChanged, due, r.reportOn
	}
	return nil
}

func (rs *RuleSet) derive(o *Officer, r *replay, asOf lawgov.Date, s *Status) error {
	*s = Status{
		Officer: o.ID, Unit: o.Unit, AsOf: asOf, Employment: o.Employment,
		Failures: r.failures, FirstFailure: r.firstFail, LastFailure: r.lastFail,
		EndedOn: r.endedOn, rs: rs,
		LateReports: r.late, LateChanged: r.lateChanged, LateDue: r.lateDue, LateReported: r.lateReported,
	}
	if r.credEv != nil {
		s.Credential = r.credEv.credential()
	}
	if r.endEv != nil {
		s.EndDecision = r.endEv.Decision
	}
	// The optional validities are tested by their unit, not by
	// PeriodRule.IsZero, which compares citations: addValidity gives the
	// zero Date for a period without a unit, so the result is the same.
	if r.passed {
		s.PassedOn = r.passedOn
		if rs.QualificationValidity.Period.Unit != lawgov.PeriodUnitUnspecified {
			s.QualifiedUntil = addValidity(r.passedOn, rs.QualificationValidity.Period)
		}
	}
	switch {
	case r.removed:
		s.State = StateRemoved
		if r.examRemoved {
			s.reason = reasonExamRemoval
		} else {
			s.reason = reasonDecisionRemoval
		}
		return nil
	case !o.Employment.Eligible():
		s.State, s.reason = StateNotQualified, reasonIneligible
		return nil
	}
	if !r.held {
		switch {
		case r.reassigned:
			s.State, s.reason = StateNotQualified, reasonReassigned
		case r.credEnd == Revoked:
			s.State = StateRevoked
		case r.credEnd == Cancelled:
			s.State = StateCancelled
		case r.passed && !s.QualifiedUntil.IsZero() && asOf.After(s.QualifiedUntil):
			s.State, s.reason = StateNotQualified, reasonLapsed
		case r.passed:
			s.State = StateQualified
		case r.trained:
			s.State, s.reason = StateNotQualified, reasonNotPassed
		default:
			s.State, s.reason = StateNotQualified, reasonUntrained
		}
		return nil
	}
	s.ExpiresOn = s.Credential.Expires
	if s.ExpiresOn.IsZero() && rs.CredentialValidity.Period.Unit != lawgov.PeriodUnitUnspecified {
		s.ExpiresOn = addValidity(s.Credential.Issued, rs.CredentialValidity.Period)
	}
	if rs.AnnualReview.Period.Unit != lawgov.PeriodUnitUnspecified {
		s.ReviewDue = addValidity(r.reviewedOn, rs.AnnualReview.Period)
	}
	if r.suspended {
		s.SuspendedFrom, s.SuspendedUntil = r.suspFrom, r.suspUntil
	}
	if !r.changedOn.IsZero() {
		cal, use := rs.calendar().Observed()
		due, _, err := cal.PeriodEnd(r.changedOn, rs.ChangeReport.Period)
		if err != nil {
			*s = Status{}
			return fmt.Errorf("enforcement: status of officer %q: change report period: %w", o.ID, err)
		}
		s.ChangedOn, s.ChangeWhat, s.ReportDue, s.cal = r.changedOn, r.changeEv.What, due, use
	}
	switch {
	case !s.ExpiresOn.IsZero() && asOf.After(s.ExpiresOn):
		s.State, s.reason = StateExpired, reasonCredentialExpired
	case !s.ReviewDue.IsZero() && asOf.After(s.ReviewDue):
		s.State, s.reason = StateExpired, reasonReviewLapsed
	case r.suspended && !asOf.Before(r.suspFrom) && (r.suspUntil.IsZero() || !asOf.After(r.suspUntil)):
		s.State = StateSuspended
	case !s.ReportDue.IsZero() && asOf.After(s.ReportDue):
		s.State = StateChangeOverdue
	default:
		s.State = StateActive
	}
	return nil
}

// Findings explains s: one finding for the rule that decides the state, a
// notice for a change still within its reporting period, and a warning
// (enforcement.change-report-late) when changes were reported late.
// Messages are in Chinese and state the dates compared.
func (s Status) Findings() []lawgov.Finding {
	if s.rs == nil {
		return nil
	}
	rs, subj := s.rs, s.Officer
	var out []lawgov.Finding
	switch s.State {
	case StateRemoved:
		if s.reason == reasonExamRemoval {
			out = append(out, rs.ruleExamFailures().Fail(subj, fmt.Sprintf("%s、%s 共%d次考试不合格，达到%d次，%s",
				s.FirstFailure, s.LastFailure, s.Failures, rs.Exams.MaxFailures, rs.Exams.Consequence.Label())))
		} else {
			out = append(out, ruleRemoval.Fail(subj, fmt.Sprintf("%s 从执法人员信息库中清除%s，未经决定重新纳入，不得执法",
				s.EndedOn, decisionNote(s.EndDecision))))
		}
	case StateNotQualified:
		switch s.reason {
		case reasonIneligible:
			out = append(out, rs.ruleEligibility().Fail(subj, "用工性质为"+s.Employment.Label()+"，不得取得行政执法资格"))
		case reasonReassigned:
			out = append(out, rs.ruleExamFailures().Fail(subj, fmt.Sprintf("%s、%s 共%d次考试不合格，%s，不得上岗执法",
				s.FirstFailure, s.LastFailure, s.Failures, rs.Exams.Consequence.Label())))
		case reasonLapsed:
			out = append(out, rs.ruleQualificationValidity().Fail(subj, fmt.Sprintf("%s 考试合格，资格有效期%s，至 %s 届满，截至 %s 未取得执法证",
				s.PassedOn, rs.QualificationValidity.Period, s.QualifiedUntil, s.AsOf)))
		case reasonNotPassed:
			out = append(out, ruleQualification.Fail(subj, fmt.Sprintf("已参加培训，截至 %s 未经考试合格（不合格%d次）", s.AsOf, s.Failures)))
		default:
			out = append(out, ruleQualification.Fail(subj, "截至 "+s.AsOf.String()+" 未参加执法培训"))
		}
	case StateQualified:
		msg := s.PassedOn.String() + " 考试合格，截至 " + s.AsOf.String() + " 尚未取得行政执法证，不得上岗执法"
		out = append(out, ruleQualification.Fail(subj, msg))
	case StateRevoked:
		out = append(out, ruleSanction.Fail(subj, fmt.Sprintf("执法证 %s 于 %s 被吊销%s", s.Credential.Number, s.EndedOn, decisionNote(s.EndDecision))))
	case StateCancelled:
		out = append(out, ruleSanction.Fail(subj, fmt.Sprintf("执法证 %s 于 %s 注销%s", s.Credential.Number, s.EndedOn, decisionNote(s.EndDecision))))
	case StateSuspended:
		until := "另行决定"
		if !s.SuspendedUntil.IsZero() {
			until = s.SuspendedUntil.String()
		}
		out = append(out, ruleSanction.Fail(subj, fmt.Sprintf("执法证 %s 自 %s 起暂扣至%s，%s 处于暂扣期间", s.Credential.Number, s.SuspendedFrom, until, s.AsOf)))
	case StateExpired:
		if s.reason == reasonReviewLapsed {
			out = append(out, rs.ruleAnnualReview().Fail(subj, fmt.Sprintf("执法证 %s 应于 %s 前年审，截至 %s 未年审", s.Credential.Number, s.ReviewDue, s.AsOf)))
		} else {
			out = append(out, rs.ruleCredentialValidity().Fail(subj, fmt.Sprintf("执法证 %s 有效期至 %s，%s 已过期", s.Credential.Number, s.ExpiresOn, s.AsOf)))
		}
	case StateChangeOverdue:
		out = append(out, rs.ruleChangeReport().Fail(subj, s.changeMessage()))
	case StateActive:
		out = append(out, ruleQualification.Pass(subj, fmt.Sprintf("持有效行政执法证 %s（领域：%s；区域：%s），%s", s.Credential.Number,
			strings.Join(s.Credential.Fields, "、"), s.Credential.Region, expiryNote(s.ExpiresOn))))
	}
	if !s.ChangedOn.IsZero() && s.State != StateChangeOverdue {
		out = append(out, rs.ruleChangeReport().Pass(subj, s.changeMessage()))
	}
	if s.LateReports > 0 {
		out = append(out, rs.ruleLateReport().Fail(subj, fmt.Sprintf("%s 执法证登载信息变更，报告期限%s，届满日 %s，%s 报告，逾期%d日；截至 %s 累计逾期报告%d次",
			s.LateChanged, rs.ChangeReport.Period, s.LateDue, s.LateReported, s.LateReported.DaysSince(s.LateDue), s.AsOf, s.LateReports)))
	}
	return append(out, s.cal.Findings(subj)...)
}

func (s Status) changeMessage() string {
	what := ""
	if s.ChangeWhat != "" {
		what = "（" + s.ChangeWhat + "）"
	}
	p := s.rs.ChangeReport.Period
	if s.AsOf.After(s.ReportDue) {
		return s.ChangedOn.String() + " 执法证登载信息变更" + what + "，报告期限" + p.String() + "，届满日 " + s.ReportDue.String() +
			"，至 " + s.AsOf.String() + " 仍未报告，超过" + p.String() + "，逾期" + strconv.Itoa(s.AsOf.DaysSince(s.ReportDue)) + "日"
	}
	return s.ChangedOn.String() + " 执法证登载信息变更" + what + "，尚未报告，报告期限" + p.String() + "，届满日 " + s.ReportDue.String()
}

func decisionNote(d string) string {
	if d == "" {
		return ""
	}
	return "（" + d + "）"
}

func expiryNote(d lawgov.Date) string {
	if d.IsZero() {
		return "未设有效期"
	}
	return "有效期至 " + d.String()
}

// Authority is the answer of [RuleSet.CanEnforce]: whether an officer may
// enforce in a field and region on a date, and why.
//
// The zero Authority does not allow enforcement.
type Authority struct {
	OK       bool
	Status   Status
	Covered  bool             // the credential covers the field and region
	Findings []lawgov.Finding // the status findings, then the coverage finding
}

// CanEnforce reports whether o may enforce in field and region on asOf: o
// must be active (trained, passed, holding a valid credential that is not
// suspended, expired or change-overdue; 赤政发〔2019〕7号 第(十六)项, 行政处罚法
// 第四十二条), and the credential must cover the field and the region.
func (rs *RuleSet) CanEnforce(o Officer, asOf lawgov.Date, field, region string) (Authority, error) {
	st, err := rs.StatusAt(o, asOf)
	if err != nil {
		return Authority{}, err
	}
	a := Authority{Status: st, Findings: st.Findings()}
	if st.State != StateActive {
		return a, nil
	}
	a.Covered = st.Credential.Covers(field, region)
	a.OK = a.Covered
	if a.Covered {
		a.Findings = append(a.Findings, ruleCoverage.Pass(o.ID, "执法证 "+st.Credential.Number+" 载明领域包含「"+field+"」、区域为「"+region+"」"))
	} else {
		a.Findings = append(a.Findings, ruleCoverage.Fail(o.ID, "执法证 "+st.Credential.Number+" 载明领域「"+strings.Join(st.Credential.Fields, "、")+
			"」、区域「"+st.Credential.Region+"」，不含领域「"+field+"」区域「"+region+"」"))
	}
	return a, nil
}

// canEnforce is the allocation-free form of CanEnforce used by checks and
// draws, writing the status into *st.
func (rs *RuleSet) canEnforce(o *Officer, asOf lawgov.Date, field, region string, st *Status) (bool, error) {
	if err := rs.statusAt(o, asOf, st); err != nil {
		return false, err
	}
	return st.State == StateActive && st.Credential.Covers(field, region), nil
}

// EventError reports an impossible event in an officer's history: a
// credential before a passed exam, an exam after removal without
// re-admission, a date before the previous event, and the like. The zero
// EventError reports nothing useful; the package returns only filled ones.
type EventError struct {
	Officer string
	Index   int // position in the history, or -1 for an event not yet applied
	Kind    EventKind
	Date    lawgov.Date
	Reason  string
}

// Error returns "enforcement: apply <kind> event of <date> to officer <id>:
// <reason>".
func (e *EventError) Error() string {
	return fmt.Sprintf("enforcement: apply %q event of %s to officer %q: %s", e.Kind.String(), e.Date, e.Officer, e.Reason)
}
