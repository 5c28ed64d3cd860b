package casework

import (
	"strconv"

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
	// (第二十条). Optional.
	Knew lawgov.Date `json:"knew"`
	// Obstacles are periods in which force majeure or another proper reason
	// kept the applicant from applying; the window continues after each
	// (第二十条第二款).
	Obstacles []Interval `json:"obstacles,omitempty" validate:"dive"`

	Received  lawgov.Date `json:"received" validate:"required,isvalid"` // application received (收到申请)
	Accepted  lawgov.Date `json:"accepted"`                             // accepted (受理); zero if not (yet) accepted
	Concluded lawgov.Date `json:"concluded"`                            // concluded (审结); zero if pending

	Procedure Procedure `json:"procedure,omitempty" validate:"omitempty,isvalid"`
	// ExtensionDays is the approved extension of the decision period, at
	// most 30 days (第六十二条第一款).
	ExtensionDays int `json:"extension_days,omitempty" validate:"min=0,max=30"`
	// Suspensions are the periods the case was suspended (中止, 第三十九条);
	// they stop the decision clock.
	Suspensions []Interval `json:"suspensions,omitempty" validate:"dive"`

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

// Validate checks the shape of c with its validate tags and then the
// relations between its fields: no date before the day the application was
// received, an outcome exactly when there is a concluded date, and an
// indirect correction only on a withdrawal. It returns nil or a
// *lawgov.InvalidInputError naming every bad field.
func (c Reconsideration) Validate() error {
	return validateRecord(c, "Reconsideration", func(fields []lawgov.FieldError) []lawgov.FieldError {
		fields = checkOrder(fields, "accepted", "received", c.Received, c.Accepted)
		fields = checkOrder(fields, "concluded", "received", c.Received, c.Concluded)
		fields = checkOrder(fields, "concluded", "accepted", c.Accepted, c.Concluded)
		fields = checkOrder(fields, "received", "knew", c.Knew, c.Received)
		fields = checkConcluded(fields, c.Concluded, c.Outcome != ReconsiderationPending)
		if c.ChangedBeforeWithdrawal && c.Outcome != Withdrawn {
			fields = append(fields, lawgov.FieldError{Field: "changed_before_withdrawal", Rule: "outcome", Param: Withdrawn.String(),
				Msg: "an indirect correction requires outcome withdrawn, got " + c.Outcome.String()})
		}
		for i, s := range c.Suspensions {
			fields = checkInterval(fields, "suspensions["+strconv.Itoa(i)+"]", s, c.Received, c.Concluded)
		}
		for i, s := range c.Obstacles {
			fields = checkInterval(fields, "obstacles["+strconv.Itoa(i)+"]", s, lawgov.Date{}, c.Received)
		}
		return fields
	})
}

// validateRecord checks the validate tags of v and then passes the fields
// they report to relations, which appends the problems found in code. It
// returns nil when there are none, else one *lawgov.InvalidInputError for
// type typ naming every bad field; that error unwraps to the validator's
// errors when the tags found any.
func validateRecord(v any, typ string, relations func([]lawgov.FieldError) []lawgov.FieldError) error {
	var ie *lawgov.InvalidInputError
	var fields []lawgov.FieldError
	if err := lawgov.Validate(v); err != nil {
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
