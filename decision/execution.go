package decision

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Execution records the unit designated to carry out the decision
// (决策执行单位, 第三十四条).
//
// The zero Execution is invalid: it names the unit and the day it was
// designated.
type Execution struct {
	Unit       string      `json:"unit" validate:"required,max=128"`
	Designated lawgov.Date `json:"designated" validate:"isvalid"`
}

// ChangeKind is a change to a decision in execution (决策执行中的变更, 第三十七条).
// The zero ChangeKind is unspecified.
type ChangeKind uint8

// The values of ChangeKind.
const (
	ChangeKindUnspecified ChangeKind = iota
	Suspension                       // 中止执行: by the chief first, in an emergency
	Adjustment                       // 重大调整: the statutory procedure is followed again
	Termination                      // 停止执行
	Modification                     // 变更
)

var changeKindNames = enum.New[ChangeKind]("decision", "change kind", "ChangeKind", []enum.Entry{
	Suspension:   {Code: "suspension", Label: "中止执行"},
	Adjustment:   {Code: "adjustment", Label: "重大调整"},
	Termination:  {Code: "termination", Label: "停止执行"},
	Modification: {Code: "modification", Label: "变更"},
})

// String returns the stable code ("suspension", "adjustment", "termination", "modification").
func (k ChangeKind) String() string { return changeKindNames.String(k) }

// Label returns the Chinese label (中止执行, 重大调整, 停止执行, 变更).
func (k ChangeKind) Label() string { return changeKindNames.Label(k) }

// IsValid reports whether k is a defined change kind.
func (k ChangeKind) IsValid() bool { return changeKindNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (k ChangeKind) MarshalText() ([]byte, error) { return changeKindNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (k *ChangeKind) UnmarshalText(text []byte) error {
	val, err := changeKindNames.Parse(text)
	*k = val
	return err
}

// ParseChangeKind parses a change kind code.
func ParseChangeKind(s string) (ChangeKind, error) { return changeKindNames.Parse([]byte(s)) }

// Change is one change to a decision in execution (第三十七条): 「依法作出的重大
// 行政决策，未经法定程序不得随意变更或者停止执行；执行中出现本条例第三十五条规定的情形、
// 情况紧急的，决策机关行政首长可以先决定中止执行；需要作出重大调整的，应当依照本条例履行
// 相关法定程序」.
//
// The zero Change is invalid: it has a date and a kind.
type Change struct {
	Date lawgov.Date `json:"date" validate:"isvalid"`
	Kind ChangeKind  `json:"kind" validate:"isvalid"`
	// ByChief records that the chief decided a suspension alone; Urgent
	// that one of the circumstances of 第三十五条 arose and the matter was
	// urgent.
	ByChief bool `json:"by_chief,omitempty"`
	Urgent  bool `json:"urgent,omitempty"`
	// ProcedureFollowed records that the change went through the statutory
	// procedure (集体讨论决定, and for a major adjustment the steps of the
	// regulation again).
	ProcedureFollowed bool `json:"procedure_followed,omitempty"`
}

// Phase is where a decision stands in its life on a date (决策所处阶段), the
// state machine of RULES P9 derived from the record: launched, drafted
// through participation, argumentation and assessment, under legality
// review, reviewed, decided (or rejected, deferred), published, in
// execution, and suspended, adjusted or terminated under 第三十七条.
// The zero Phase is unspecified.
type Phase uint8

// The values of Phase, in the order a decision goes through them.
const (
	PhaseUnspecified Phase = iota
	PhaseProposed          // 决策事项建议 (no launch date yet)
	PhaseLaunched          // 已启动 (第十一条)
	PhaseDrafting          // 草案形成中: participation, argumentation or assessment under way
	PhaseUnderReview       // 合法性审查中
	PhaseReviewed          // 已出具合法性审查意见
	PhaseDecided           // 已作出决定
	PhaseRejected          // 不予通过
	PhaseDeferred          // 暂缓决定
	PhasePublished         // 已公布
	PhaseExecuting         // 执行中 (第三十四条)
	PhaseSuspended         // 中止执行 (第三十七条)
	PhaseAdjusting         // 重大调整 (第三十七条)
	PhaseTerminated        // 停止执行 (第三十七条)
)

var phaseNames = enum.New[Phase]("decision", "phase", "Phase", []enum.Entry{
	PhaseProposed:    {Code: "proposed", Label: "决策事项建议"},
	PhaseLaunched:    {Code: "launched", Label: "已启动"},
	PhaseDrafting:    {Code: "drafting", Label: "草案形成中"},
	PhaseUnderReview: {Code: "under_review", Label: "合法性审查中"},
	PhaseReviewed:    {Code: "reviewed", Label: "已出具合法性审查意见"},
	PhaseDecided:     {Code: "decided", Label: "已作出决定"},
	PhaseRejected:    {Code: "rejected", Label: "不予通过"},
	PhaseDeferred:    {Code: "deferred", Label: "暂缓决定"},
	PhasePublished:   {Code: "published", Label: "已公布"},
	PhaseExecuting:   {Code: "executing", Label: "执行中"},
	PhaseSuspended:   {Code: "suspended", Label: "中止执行"},
	PhaseAdjusting:   {Code: "adjusting", Label: "重大调整"},
	PhaseTerminated:  {Code: "terminated", Label: "停止执行"},
})

// String returns the stable code, e.g. "under_review".
func (p Phase) String() string { return phaseNames.String(p) }

// Label returns the Chinese label, e.g. 合法性审查中.
func (p Phase) Label() string { return phaseNames.Label(p) }

// IsValid reports whether p is a defined phase.
func (p Phase) IsValid() bool { return phaseNames.Valid(p) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (p Phase) MarshalText() ([]byte, error) { return phaseNames.MarshalText(p) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (p *Phase) UnmarshalText(text []byte) error {
	val, err := phaseNames.Parse(text)
	*p = val
	return err
}

// ParsePhase parses a phase code.
func ParsePhase(s string) (Phase, error) { return phaseNames.Parse([]byte(s)) }

// PhaseAt returns the phase of d on day at, from the steps recorded on or
// before it: the latest change of 第三十七条 (a modification leaves the
// decision in execution), then execution, publication, the meeting's
// ruling, the review, the drafting steps and the launch.
func (d Decision) PhaseAt(at lawgov.Date) Phase {
	last := ChangeKindUnspecified
	var lastDate lawgov.Date
	for _, c := range d.Changes {
		if on(c.Date, at) && !c.Date.Before(lastDate) {
			last, lastDate = c.Kind, c.Date
		}
	}
	switch last {
	case Suspension:
		return PhaseSuspended
	case Adjustment:
		return PhaseAdjusting
	case Termination:
		return PhaseTerminated
	case Modification:
		return PhaseExecuting
	}
	switch {
	case d.Execution != nil && on(d.Execution.Designated, at) && d.Publication != nil && on(d.Publication.Published, at):
		return PhaseExecuting
	case d.Publication != nil && on(d.Publication.Published, at):
		return PhasePublished
	case d.Discussion != nil && on(d.Discussion.Held, at):
		switch d.Discussion.Ruling {
		case Reject:
			return PhaseRejected
		case Defer:
			return PhaseDeferred
		}
		return PhaseDecided
	case d.Review != nil && on(d.Review.Opinion, at):
		return PhaseReviewed
	case d.Review != nil && on(d.Review.Submitted, at):
		return PhaseUnderReview
	case d.Participation != nil && on(d.Participation.CallPublished, at),
		d.Experts != nil && on(d.Experts.Completed, at),
		d.Risk != nil && on(d.Risk.Completed, at),
		d.Consultation != nil && on(d.Consultation.Completed, at):
		return PhaseDrafting
	case on(d.Launched, at):
		return PhaseLaunched
	}
	return PhaseProposed
}
