package decision

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Stage is the point of the procedure by which a rule must be met (履行时点):
// a step is due before the legality review, before the meeting, at the
// meeting, before the decision is issued, or after the decision. A rule
// whose step is missing is not a violation while its stage has not been
// reached; its finding is not applicable and says when the step falls due.
// The same stages decide what stops [Procedure.CanSubmitForDiscussion]
// (rules due by StageDiscussion) and [Procedure.CanPublish] (rules due by
// StagePublication).
//
// The zero Stage is unspecified.
type Stage uint8

// The values of Stage, in procedure order.
const (
	StageUnspecified Stage = iota
	StageLaunch            // 决策启动时: due as soon as the procedure starts
	StageReview            // 送请合法性审查前 (第二十五条; the seed gate of the 鄂尔多斯 2021 report)
	StageDiscussion        // 提交决策机关讨论前 (第二十五条第二款, 第二十六条, 第二十九条)
	StageMeeting           // 集体讨论决定时 (第三十条)
	StagePublication       // 决策出台前 (第八条, 第三十一条)
	StageDecided           // 决策作出后 (第三十二条至第三十七条)
)

var stageNames = enum.New[Stage]("decision", "stage", "Stage", []enum.Entry{
	StageLaunch:      {Code: "launch", Label: "决策启动时"},
	StageReview:      {Code: "before_review", Label: "送请合法性审查前"},
	StageDiscussion:  {Code: "before_discussion", Label: "提交决策机关讨论前"},
	StageMeeting:     {Code: "at_meeting", Label: "集体讨论决定时"},
	StagePublication: {Code: "before_publication", Label: "决策出台前"},
	StageDecided:     {Code: "after_decision", Label: "决策作出后"},
})

// String returns the stable code ("launch", "before_review", "before_discussion", "at_meeting", "before_publication", "after_decision").
func (s Stage) String() string { return stageNames.String(s) }

// Label returns the Chinese label (决策启动时, 送请合法性审查前, 提交决策机关讨论前, 集体讨论决定时, 决策出台前, 决策作出后).
func (s Stage) Label() string { return stageNames.Label(s) }

// IsValid reports whether s is a defined stage.
func (s Stage) IsValid() bool { return stageNames.Valid(s) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (s Stage) MarshalText() ([]byte, error) { return stageNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (s *Stage) UnmarshalText(text []byte) error {
	val, err := stageNames.Parse(text)
	*s = val
	return err
}

// ParseStage parses a stage code.
func ParseStage(s string) (Stage, error) { return stageNames.Parse([]byte(s)) }

// on reports whether x happened on or before asOf.
func on(x, asOf lawgov.Date) bool { return !x.IsZero() && !x.After(asOf) }

// Reached reports whether d has reached stage s as of asOf: the review was
// sent (StageReview), the meeting was held (StageDiscussion, StageMeeting),
// the decision was adopted (StageDecided) or published (StagePublication;
// for a decision lawfully not made public, adopted) on or before asOf. A later stage implies the earlier ones: a draft
// discussed without review has passed the point before which the review
// was due.
func (d *Decision) Reached(s Stage, asOf lawgov.Date) bool {
	published := d.Publication != nil && on(d.Publication.Published, asOf)
	held := d.Discussion != nil && on(d.Discussion.Held, asOf)
	switch s {
	case StageLaunch:
		return true
	case StageReview:
		return d.Review != nil && on(d.Review.Submitted, asOf) || held || published
	case StageDiscussion, StageMeeting:
		return held || published
	case StagePublication:
		// A decision lawfully not made public (第三十二条 「依法不予公开的除外」) is
		// issued (出台, 第三十一条) when the chief adopts it at the meeting.
		return published || d.NonPublic && held && d.Discussion.Ruling == Adopt
	case StageDecided:
		return held && d.Discussion.Ruling == Adopt || published
	}
	return false
}
