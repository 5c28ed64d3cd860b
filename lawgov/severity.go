package lawgov

import "github.com/fazhi-go/fazhi/internal/enum"

// Severity grades a finding (严重程度). The zero Severity is unspecified.
type Severity uint8

// The severities, from least to most serious.
const (
	SeverityUnspecified Severity = iota
	Notice                       // 提示: information, nothing to correct
	Warning                      // 警告: a soft rule («一般», «原则上») not met, or a risk
	Violation                    // 违规: a mandatory rule not met
)

var severityNames = enum.New[Severity]("lawgov", "severity", "Severity", []enum.Entry{
	Notice:    {Code: "notice", Label: "提示"},
	Warning:   {Code: "warning", Label: "警告"},
	Violation: {Code: "violation", Label: "违规"},
})

// String returns the stable code: "notice", "warning" or "violation".
func (s Severity) String() string { return severityNames.String(s) }

// Label returns the Chinese label: 提示, 警告 or 违规.
func (s Severity) Label() string { return severityNames.Label(s) }

// IsValid reports whether s is a defined severity.
func (s Severity) IsValid() bool { return severityNames.Valid(s) }

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return severityNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := severityNames.Parse(b)
	*s = v
	return err
}

// ParseSeverity parses a severity code.
func ParseSeverity(s string) (Severity, error) { return severityNames.Parse([]byte(s)) }

// Outcome is the result of applying one rule to one subject (检查结论). The
// zero Outcome is unspecified.
type Outcome uint8

// The outcomes.
const (
	OutcomeUnspecified Outcome = iota
	Pass                       // 符合
	Fail                       // 不符合
	NotApplicable              // 不适用
)

var outcomeNames = enum.New[Outcome]("lawgov", "outcome", "Outcome", []enum.Entry{
	Pass:          {Code: "pass", Label: "符合"},
	Fail:          {Code: "fail", Label: "不符合"},
	NotApplicable: {Code: "not_applicable", Label: "不适用"},
})

// String returns the stable code: "pass", "fail" or "not_applicable".
func (o Outcome) String() string { return outcomeNames.String(o) }

// Label returns the Chinese label: 符合, 不符合 or 不适用.
func (o Outcome) Label() string { return outcomeNames.Label(o) }

// IsValid reports whether o is a defined outcome.
func (o Outcome) IsValid() bool { return outcomeNames.Valid(o) }

// MarshalText implements encoding.TextMarshaler.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeNames.MarshalText(o) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := outcomeNames.Parse(b)
	*o = v
	return err
}

// ParseOutcome parses an outcome code.
func ParseOutcome(s string) (Outcome, error) { return outcomeNames.Parse([]byte(s)) }
