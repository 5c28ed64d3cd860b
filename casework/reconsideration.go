package casework

import (
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Reconsideration is one administrative reconsideration case (行政复议案件)
// as a host records it, under 中华人民共和国行政复议法 (2023).
//
// The zero Reconsideration is invalid: Validate reports the missing ID, unit
// and received date. A case is concluded when it has both a Concluded date
// and an Outcome; a pending case has neither.
type Reconsideration struct {
	ID     string `json:"id" validate:"required,max=64"`
	Unit   string `json:"unit" validate:"required,max=128"`   // respondent (被申请人)
	Level  string `json:"level,omitempty" validate:"max=32"`  // respondent level, e.g. 区级部门, 乡镇街道
	Matter string `json:"matter,omitempty" validate:"max=64"` // matter type (案件类别), e.g. 公安, 自然资源

	// Knew is the day the applicant knew or should have known of the act
	// (知道或者应当知道该行政行为之日), which starts the application window
	// (第二十条第一款). Optional.
	Knew lawgov.Date `json:"knew"`
	// Obstacles are periods in which force majeure or another proper reason
	// kept the applicant from applying; the window continues after each
	// (第二十条第二款).
	Obstacles []Interval `json:"obstacles,omitempty" validate:"dive"`
	// WindowDays is a longer application period prescribed by another law
	// (第二十条第一款: 「但是法律规定的申请期限超过六十日的除外」), in calendar
	// days. Zero means the sixty days of 第二十条.
	WindowDays int `json:"window_days,omitempty" validate:"omitempty,min=61,max=3660"`
	// NotToldOfRights marks an act whose maker did not tell the applicant of
	// the right to apply, the reconsideration body or the period
	// (第二十条第三款). The window then runs from LearnedOfRights, but ends
	// at the latest one year after Knew.
	NotToldOfRights bool `json:"not_told_of_rights,omitempty"`
	// LearnedOfRights is the day the applicant knew or should have known of
	// the right, the body and the period (第二十条第三款). Optional; used only
	// with NotToldOfRights.
	LearnedOfRights lawgov.Date `json:"learned_of_rights,omitzero"`
	// ActDate is the day the act was taken (行政行为作出之日), from which the
	// caps of 第二十一条 run. Optional.
	ActDate lawgov.Date `json:"act_date,omitzero"`
	// RealProperty marks an application concerning real property (因不动产
	// 提出的行政复议申请): the cap is twenty years instead of five (第二十一条).
	RealProperty bool `json:"real_property,omitempty"`

	Received lawgov.Date `json:"received" validate:"required,isvalid"` // application received (收到申请)

	// CorrectionNotified is the day the written notice to complete the
	// application was sent (书面通知补正, 第三十一条第一款). Optional.
	CorrectionNotified lawgov.Date `json:"correction_notified,omitzero"`
	// CorrectionReceived is the day the applicant received that notice,
	// from which the ten days to supply run (第三十一条第二款). Optional;
	// when zero the check counts from CorrectionNotified, the earliest
	// possible day, and says so.
	CorrectionReceived lawgov.Date `json:"correction_received,omitzero"`
	// CorrectionExtendedTo is the last day of a correction period extended
	// for a proper reason (第三十一条第二款: 「可以延长合理的补正期限」).
	CorrectionExtendedTo lawgov.Date `json:"correction_extended_to,omitzero"`
	// Supplied is the day the supplied materials were received (收到补正材料);
	// the acceptance review runs again from it (第三十一条第三款).
	Supplied lawgov.Date `json:"supplied,omitzero"`

	Accepted  lawgov.Date `json:"accepted"`  // accepted (受理); zero if not (yet) accepted
	Concluded lawgov.Date `json:"concluded"` // concluded (审结); zero if pending

	// CopySent is the day the copy of the application was sent to the
	// respondent (发送申请书副本, 第四十八条). Optional.
	CopySent lawgov.Date `json:"copy_sent,omitzero"`
	// CopyReceived is the day the respondent received it; when zero the
	// reply period runs from CopySent. Optional.
	CopyReceived lawgov.Date `json:"copy_received,omitzero"`
	// Replied is the day the respondent's written reply was received
	// (书面答复, 第四十八条). Optional.
	Replied lawgov.Date `json:"replied,omitzero"`

	Procedure Procedure `json:"procedure,omitempty" validate:"omitempty,isvalid"`
	// ExtensionDays is the approved extension of the decision period, at
	// most 30 days (第六十二条第一款).
	ExtensionDays int `json:"extension_days,omitempty" validate:"min=0,max=30"`
	// Suspensions are the periods the case was suspended (中止, 第三十九条);
	// they stop the decision clock.
	Suspensions []Suspension `json:"suspensions,omitempty" validate:"dive"`

	// OpinionReceived is the day the agency received a reconsideration
	// opinion letter issued in this case (行政复议意见书, 第七十六条), and
	// OpinionReported the day it reported its correction. Optional.
	OpinionReceived lawgov.Date `json:"opinion_received,omitzero"`
	OpinionReported lawgov.Date `json:"opinion_reported,omitzero"`

	Outcome ReconsiderationOutcome `json:"outcome,omitempty" validate:"omitempty,isvalid"`
	// ChangedBeforeWithdrawal marks a withdrawal after the respondent changed
	// its act: an indirect correction (间接纠错), counted by 综合纠错率.
	// It requires Outcome Withdrawn.
	ChangedBeforeWithdrawal bool `json:"changed_before_withdrawal,omitempty"`
	// CarriedOver marks a case received in an earlier reporting period
	// (上年结转). Tally.Add counts it as carried over instead of received;
	// ByYear ignores it and derives the status from the dates.
	CarriedOver bool `json:"carried_over,omitempty"`
}

// Interval is a span of days, both ends included. The zero Interval is
// invalid; an Interval with a zero To is still running.
type Interval struct {
	From lawgov.Date `json:"from" validate:"required,isvalid"`
	To   lawgov.Date `json:"to"`
}

// Days returns the number of days in iv, both ends counted, ending at asOf
// when iv is still running. It returns 0 for an interval starting after asOf.
func (iv Interval) Days(asOf lawgov.Date) int {
	to := iv.To
	if to.IsZero() || to.After(asOf) {
		to = asOf
	}
	if to.Before(iv.From) {
		return 0
	}
	return to.DaysSince(iv.From) + 1
}

// Suspension is a period in which the reconsideration was suspended (中止,
// 第三十九条), with its reason when the host records it. The zero
// Suspension is invalid; a Suspension with a zero To is still running.
type Suspension struct {
	From   lawgov.Date      `json:"from" validate:"required,isvalid"`
	To     lawgov.Date      `json:"to"`
	Reason SuspensionReason `json:"reason,omitempty" validate:"omitempty,isvalid"`
}

// Days returns the number of days suspended, both ends counted, ending at
// asOf while still running; see [Interval.Days].
func (s Suspension) Days(asOf lawgov.Date) int { return Interval{From: s.From, To: s.To}.Days(asOf) }

// SuspensionReason is the ground of a suspension among the items of
// 行政复议法 第三十九条第一款. The zero SuspensionReason is unspecified.
type SuspensionReason uint8

// The reasons, numbered as the items of 第三十九条第一款.
const (
	SuspensionReasonUnspecified SuspensionReason = iota
	ApplicantDied                                // （一）作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议
	ApplicantIncapacitated                       // （二）作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人
	ApplicantMissing                             // （三）作为申请人的公民下落不明
	ApplicantDissolved                           // （四）作为申请人的法人或者其他组织终止，尚未确定权利义务承受人
	SuspensionOther                              // （五）至（十）其他中止情形
)

var suspensionReasonNames = enum.New[SuspensionReason]("casework", "suspension reason", "SuspensionReason", []enum.Entry{
	ApplicantDied:          {Code: "applicant_died", Label: "申请人死亡，近亲属尚未确定是否参加"},
	ApplicantIncapacitated: {Code: "applicant_incapacitated", Label: "申请人丧失行为能力，尚未确定法定代理人"},
	ApplicantMissing:       {Code: "applicant_missing", Label: "申请人下落不明"},
	ApplicantDissolved:     {Code: "applicant_dissolved", Label: "申请人终止，尚未确定权利义务承受人"},
	SuspensionOther:        {Code: "other", Label: "其他中止情形"},
})

// String returns the stable code, e.g. "applicant_died".
func (r SuspensionReason) String() string { return suspensionReasonNames.String(r) }

// Label returns the Chinese label.
func (r SuspensionReason) Label() string { return suspensionReasonNames.Label(r) }

// IsValid reports whether r is a defined reason.
func (r SuspensionReason) IsValid() bool { return suspensionReasonNames.Valid(r) }

// MarshalText implements encoding.TextMarshaler.
func (r SuspensionReason) MarshalText() ([]byte, error) { return suspensionReasonNames.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *SuspensionReason) UnmarshalText(b []byte) error {
	v, err := suspensionReasonNames.Parse(b)
	*r = v
	return err
}

// terminates reports whether a suspension for r that lasts sixty days
// ends the reconsideration: items (一), (二) and (四) of 第三十九条第一款
// (第四十一条第（五）项).
func (r SuspensionReason) terminates() bool {
	return r == ApplicantDied || r == ApplicantIncapacitated || r == ApplicantDissolved
}

// firstReconsiderationDay is the day the first national rules on
// reconsideration took effect (行政复议条例, 1991-01-01): a reconsideration
// received earlier is invalid input.
var firstReconsiderationDay = lawgov.MustDate(1991, time.January, 1)

// Validate checks the shape of c with its validate tags and then the
// relations between its fields: a received date no earlier than
// 1991-01-01 (行政复议条例 took effect), no procedural date before the day
// the application was received, the correction dates in their order, an
// outcome exactly when there is a concluded date, and an indirect
// correction only on a withdrawal. It returns nil or a
// *lawgov.InvalidInputError naming every bad field.
func (c Reconsideration) Validate() error {
	var tags error
	if !c.tagsValid() {
		tags = lawgov.Validate(c)
	}
	return validateRecord(tags, "Reconsideration", func(fields []lawgov.FieldError) []lawgov.FieldError {
		fields = checkFloor(fields, "received", c.Received, firstReconsiderationDay, "行政复议条例")
		fields = checkOrder(fields, "accepted", "received", c.Received, c.Accepted)
		fields = checkOrder(fields, "concluded", "received", c.Received, c.Concluded)
		fields = checkOrder(fields, "concluded", "accepted", c.Accepted, c.Concluded)
		fields = checkOrder(fields, "received", "knew", c.Knew, c.Received)
		fields = checkOrder(fields, "knew", "act_date", c.ActDate, c.Knew)
		fields = checkOrder(fields, "correction_notified", "received", c.Received, c.CorrectionNotified)
		fields = checkOrder(fields, "correction_received", "correction_notified", c.CorrectionNotified, c.CorrectionReceived)
		fields = checkOrder(fields, "supplied", "correction_notified", c.CorrectionNotified, c.Supplied)
		fields = checkOrder(fields, "accepted", "supplied", c.Supplied, c.Accepted)
		fields = checkOrder(fields, "copy_sent", "received", c.Received, c.CopySent)
		fields = checkOrder(fields, "copy_received", "copy_sent", c.CopySent, c.CopyReceived)
		fields = checkOrder(fields, "replied", "copy_sent", c.CopySent, c.Replied)
		fields = checkOrder(fields, "opinion_reported", "opinion_received", c.OpinionReceived, c.OpinionReported)
		fields = checkOrder(fields, "opinion_received", "received", c.Received, c.OpinionReceived)
		for _, dep := range [...]struct {
			field string
			set   bool
		}{{"correction_received", !c.CorrectionReceived.IsZero()}, {"correction_extended_to", !c.CorrectionExtendedTo.IsZero()}, {"supplied", !c.Supplied.IsZero()}} {
			if dep.set && c.CorrectionNotified.IsZero() {
				fields = append(fields, lawgov.FieldError{Field: dep.field, Rule: "required_with", Param: "correction_notified",
					Msg: "needs the day the correction notice was sent"})
			}
		}
		if !c.LearnedOfRights.IsZero() && !c.NotToldOfRights {
			fields = append(fields, lawgov.FieldError{Field: "learned_of_rights", Rule: "required_with", Param: "not_told_of_rights",
				Msg: "only an applicant not told of the right has a separate day of learning it"})
		}
		fields = checkConcluded(fields, c.Concluded, c.Outcome != ReconsiderationPending)
		if c.ChangedBeforeWithdrawal && c.Outcome != Withdrawn {
			fields = append(fields, lawgov.FieldError{Field: "changed_before_withdrawal", Rule: "outcome", Param: Withdrawn.String(),
				Msg: "an indirect correction requires outcome withdrawn, got " + c.Outcome.String()})
		}
		for i, s := range c.Suspensions {
			fields = checkInterval(fields, "suspensions["+strconv.Itoa(i)+"]", Interval{From: s.From, To: s.To}, c.Received, c.Concluded)
		}
		for i, s := range c.Obstacles {
			fields = checkInterval(fields, "obstacles["+strconv.Itoa(i)+"]", s, lawgov.Date{}, c.Received)
		}
		return fields
	})
}

// tagsValid reports whether c passes its validate tags and those of its
// obstacles and suspensions, as lawgov.Validate decides, without
// reflection: the reflective validator runs only to name the fields of an
// invalid case.
func (c *Reconsideration) tagsValid() bool {
	ok := c.ID != "" && maxRunes(c.ID, 64) && c.Unit != "" && maxRunes(c.Unit, 128) && maxRunes(c.Level, 32) &&
		maxRunes(c.Matter, 64) && (c.WindowDays == 0 || (c.WindowDays >= 61 && c.WindowDays <= 3660)) &&
		!c.Received.IsZero() && c.Received.IsValid() && (c.Procedure == 0 || c.Procedure.IsValid()) &&
		c.ExtensionDays >= 0 && c.ExtensionDays <= 30 && (c.Outcome == 0 || c.Outcome.IsValid())
	for _, iv := range c.Obstacles {
		ok = ok && !iv.From.IsZero() && iv.From.IsValid()
	}
	for _, s := range c.Suspensions {
		ok = ok && !s.From.IsZero() && s.From.IsValid() && (s.Reason == 0 || s.Reason.IsValid())
	}
	return ok
}

// maxRunes reports whether s passes the validator's max=n: at most n
// runes, counting each invalid byte as one.
func maxRunes(s string, n int) bool {
	return len(s) <= n || utf8.RuneCountInString(s) <= n
}

// checkFloor reports a date before the day the instrument named law took
// effect.
func checkFloor(fields []lawgov.FieldError, field string, d, floor lawgov.Date, law string) []lawgov.FieldError {
	if d.IsZero() || !d.Before(floor) {
		return fields
	}
	return append(fields, lawgov.FieldError{Field: field, Rule: "min", Param: floor.String(),
		Msg: d.String() + " is before " + law + " took effect on " + floor.String()})
}

// validateRecord takes the result of the validate tags, tags (nil when
// they pass), and passes the fields they report to relations, which appends
// the problems found in code. It returns nil when there are none, else one
// *lawgov.InvalidInputError for type typ naming every bad field; that error
// unwraps to the validator's errors when the tags found any.
func validateRecord(tags error, typ string, relations func([]lawgov.FieldError) []lawgov.FieldError) error {
	var ie *lawgov.InvalidInputError
	var fields []lawgov.FieldError
	if err := tags; err != nil {
		// lawgov.Validate returns its *InvalidInputError unwrapped; a type
		// assertion, unlike errors.As, keeps ie off the heap on valid input.
		var ok bool
		if ie, ok = err.(*lawgov.InvalidInputError); !ok {
			return err
		}
		fields = ie.Fields
	}
	fields = relations(fields)
	switch {
	case len(fields) == 0:
		return nil
	case ie != nil:
		ie.Fields = fields
		return ie
	}
	return lawgov.NewInvalidInputError(typ, fields...)
}

// checkOrder reports field (dated later) before the earlier date named
// param, when both are set.
func checkOrder(fields []lawgov.FieldError, field, param string, earlier, later lawgov.Date) []lawgov.FieldError {
	if earlier.IsZero() || later.IsZero() || !later.Before(earlier) {
		return fields
	}
	return append(fields, lawgov.FieldError{Field: field, Rule: "gtefield", Param: param,
		Msg: later.String() + " is before " + param + " " + earlier.String()})
}

// checkConcluded reports an outcome without a concluded date and the
// reverse.
func checkConcluded(fields []lawgov.FieldError, concluded lawgov.Date, hasOutcome bool) []lawgov.FieldError {
	switch {
	case hasOutcome && concluded.IsZero():
		return append(fields, lawgov.FieldError{Field: "concluded", Rule: "required_with", Param: "outcome",
			Msg: "an outcome needs a concluded date"})
	case !hasOutcome && !concluded.IsZero():
		return append(fields, lawgov.FieldError{Field: "outcome", Rule: "required_with", Param: "concluded",
			Msg: "a concluded case needs an outcome"})
	}
	return fields
}

// checkInterval reports an interval that ends before it starts or lies
// outside [lo, hi] (either bound may be zero: open).
func checkInterval(fields []lawgov.FieldError, field string, iv Interval, lo, hi lawgov.Date) []lawgov.FieldError {
	if iv.From.IsZero() {
		return fields // reported by the required tag
	}
	if !iv.To.IsZero() && iv.To.Before(iv.From) {
		fields = append(fields, lawgov.FieldError{Field: field + ".to", Rule: "gtefield", Param: "from",
			Msg: iv.To.String() + " is before from " + iv.From.String()})
	}
	if !lo.IsZero() && iv.From.Before(lo) {
		fields = append(fields, lawgov.FieldError{Field: field + ".from", Rule: "gtefield", Param: lo.String(),
			Msg: iv.From.String() + " is before " + lo.String()})
	}
	if !hi.IsZero() && (iv.From.After(hi) || iv.To.After(hi)) {
		fields = append(fields, lawgov.FieldError{Field: field, Rule: "ltefield", Param: hi.String(),
			Msg: "interval ends after " + hi.String()})
	}
	return fields
}

// Record validates c and compacts it into a [Record] for unit, which a host
// numbers with [Units] or its own table.
func (c Reconsideration) Record(unit UnitID) (Record, error) {
	if err := c.Validate(); err != nil {
		return Record{}, err
	}
	r := Record{received: c.Received, concluded: c.Concluded, unit: unit, kind: KindReconsideration, outcome: uint8(c.Outcome)}
	if c.CarriedOver {
		r.flags |= flagCarriedOver
	}
	if !c.Accepted.IsZero() || (c.Outcome != ReconsiderationPending && c.Outcome.accepted()) {
		r.flags |= flagAccepted
	}
	if c.Outcome != ReconsiderationPending {
		r.flags |= flagConcluded
	}
	if c.Outcome.DecidedOnMerits() {
		r.flags |= flagMerits
	}
	if c.ChangedBeforeWithdrawal {
		r.flags |= flagIndirect
	}
	return r, nil
}
