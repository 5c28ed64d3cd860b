package enforcement

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// EventKind is the kind of a dated event in an officer's history.
// The zero EventKind is unspecified and fails validation.
type EventKind uint8

// The event kinds.
const (
	EventUnspecified    EventKind = iota
	TrainingCompleted             // 参加培训
	ExamAttempt                   // 参加执法资格考试 (Passed says the result)
	CredentialIssued              // 核发行政执法证
	InformationChanged            // 执法证登载信息变更
	ChangeReported                // 报告变更并申请换证
	CredentialReissued            // 换发新证
	Suspended                     // 暂扣执法证
	Revoked                       // 吊销执法证、取消执法资格
	Cancelled                     // 注销执法证
	RemovedFromDatabase           // 从执法人员信息库中清除
	Readmitted                    // 经决定重新纳入执法人员信息库
	AnnualReviewPassed            // 年审合格
)

var eventNames = enum.New[EventKind]("enforcement", "event kind", "EventKind", []enum.Entry{
	TrainingCompleted:   {Code: "training_completed", Label: "参加培训"},
	ExamAttempt:         {Code: "exam_attempt", Label: "参加考试"},
	CredentialIssued:    {Code: "credential_issued", Label: "核发执法证"},
	InformationChanged:  {Code: "information_changed", Label: "登载信息变更"},
	ChangeReported:      {Code: "change_reported", Label: "报告变更"},
	CredentialReissued:  {Code: "credential_reissued", Label: "换发新证"},
	Suspended:           {Code: "suspended", Label: "暂扣执法证"},
	Revoked:             {Code: "revoked", Label: "吊销执法证"},
	Cancelled:           {Code: "cancelled", Label: "注销执法证"},
	RemovedFromDatabase: {Code: "removed", Label: "清除出信息库"},
	Readmitted:          {Code: "readmitted", Label: "重新纳入信息库"},
	AnnualReviewPassed:  {Code: "annual_review", Label: "年审合格"},
})

// String returns the stable code, e.g. "exam_attempt".
func (k EventKind) String() string { return eventNames.String(k) }

// Label returns the Chinese label, e.g. 参加考试.
func (k EventKind) Label() string { return eventNames.Label(k) }

// IsValid reports whether k is a defined event kind.
func (k EventKind) IsValid() bool { return eventNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k EventKind) MarshalText() ([]byte, error) { return eventNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := eventNames.Parse(b)
	*k = v
	return err
}

// ParseEventKind parses an event kind code.
func ParseEventKind(s string) (EventKind, error) { return eventNames.Parse([]byte(s)) }

// Event is one dated fact in an officer's history. Which fields matter
// depends on Kind:
//
//   - ExamAttempt: Passed;
//   - CredentialIssued and CredentialReissued: Number, Fields, Region,
//     Expires (zero = the rule set's credential validity, or none);
//   - InformationChanged: What (the information that changed);
//   - Suspended: Until, the last day of the suspension (zero = until a later
//     decision; the suspension then lasts while the credential is held);
//   - RemovedFromDatabase, Readmitted, Revoked, Cancelled: Decision, the
//     document recording the decision.
//
// Every kind may carry Decision, the document the event rests on (文书: a
// decision, an exam result notice, the receipt of a report), and Recorder,
// who recorded the event (录入人). Neither changes the derived state; both are
// covered by the snapshot's digest chain, so a changed document or recorder is
// detected like any other change.
//
// The zero Event is invalid.
type Event struct {
	Kind     EventKind   `json:"kind" validate:"isvalid"`
	Date     lawgov.Date `json:"date" validate:"isvalid"`
	Passed   bool        `json:"passed,omitempty"`
	Number   string      `json:"number,omitempty" validate:"max=64"`
	Fields   []string    `json:"fields,omitempty" validate:"dive,required,max=64"`
	Region   string      `json:"region,omitempty" validate:"max=64"`
	Expires  lawgov.Date `json:"expires,omitzero"`
	What     string      `json:"what,omitempty" validate:"max=256"`
	Until    lawgov.Date `json:"until,omitzero"`
	Decision string      `json:"decision,omitempty" validate:"max=128"`
	Recorder string      `json:"recorded_by,omitempty" validate:"max=64"`
}

// tagsValid reports whether e passes its validate tags, as lawgov.Validate
// decides, without reflection.
func (e *Event) tagsValid() bool {
	return e.Kind.IsValid() && e.Date.IsValid() && maxRunes(e.Number, 64) && fieldsValid(e.Fields) &&
		maxRunes(e.Region, 64) && maxRunes(e.What, 256) && maxRunes(e.Decision, 128) && maxRunes(e.Recorder, 64)
}

// credential returns the credential an issue or reissue event carries.
func (e Event) credential() Credential {
	return Credential{Number: e.Number, Fields: e.Fields, Region: e.Region, Issued: e.Date, Expires: e.Expires}
}
