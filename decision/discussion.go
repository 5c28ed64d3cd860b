package decision

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// MeetingKind is the kind of meeting at which a draft is discussed (会议类型).
// The zero MeetingKind is unspecified.
type MeetingKind uint8

// The values of MeetingKind.
const (
	MeetingKindUnspecified MeetingKind = iota
	ExecutiveMeeting                   // 常务会议
	PlenaryMeeting                     // 全体会议
	SpecialMeeting                     // 专题会议: does not satisfy 第三十条
	Circulation                        // 传阅会签: does not satisfy 第三十条
)

var meetingKindNames = enum.New[MeetingKind]("decision", "meeting kind", "MeetingKind", []enum.Entry{
	ExecutiveMeeting: {Code: "executive", Label: "常务会议"},
	PlenaryMeeting:   {Code: "plenary", Label: "全体会议"},
	SpecialMeeting:   {Code: "special", Label: "专题会议"},
	Circulation:      {Code: "circulation", Label: "传阅会签"},
})

// String returns the stable code ("executive", "plenary", "special", "circulation").
func (m MeetingKind) String() string { return meetingKindNames.String(m) }

// Label returns the Chinese label (常务会议, 全体会议, 专题会议, 传阅会签).
func (m MeetingKind) Label() string { return meetingKindNames.Label(m) }

// IsValid reports whether m is a defined meeting kind.
func (m MeetingKind) IsValid() bool { return meetingKindNames.Valid(m) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (m MeetingKind) MarshalText() ([]byte, error) { return meetingKindNames.MarshalText(m) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (m *MeetingKind) UnmarshalText(text []byte) error {
	val, err := meetingKindNames.Parse(text)
	*m = val
	return err
}

// ParseMeetingKind parses a meeting kind code.
func ParseMeetingKind(s string) (MeetingKind, error) { return meetingKindNames.Parse([]byte(s)) }

// Position is the opinion a meeting member states on a draft (发表意见).
// The zero Position is unspecified.
type Position uint8

// The values of Position.
const (
	PositionUnspecified Position = iota
	Agree                        // 同意
	Oppose                       // 不同意
	Abstain                      // 弃权
)

var positionNames = enum.New[Position]("decision", "position", "Position", []enum.Entry{
	Agree:   {Code: "agree", Label: "同意"},
	Oppose:  {Code: "oppose", Label: "不同意"},
	Abstain: {Code: "abstain", Label: "弃权"},
})

// String returns the stable code ("agree", "oppose", "abstain").
func (p Position) String() string { return positionNames.String(p) }

// Label returns the Chinese label (同意, 不同意, 弃权).
func (p Position) Label() string { return positionNames.Label(p) }

// IsValid reports whether p is a defined position.
func (p Position) IsValid() bool { return positionNames.Valid(p) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (p Position) MarshalText() ([]byte, error) { return positionNames.MarshalText(p) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (p *Position) UnmarshalText(text []byte) error {
	val, err := positionNames.Parse(text)
	*p = val
	return err
}

// ParsePosition parses a position code.
func ParsePosition(s string) (Position, error) { return positionNames.Parse([]byte(s)) }

// Ruling is the decision the chief makes at the meeting (行政首长决定).
// The zero Ruling is unspecified.
type Ruling uint8

// The values of Ruling.
const (
	RulingUnspecified Ruling = iota
	Adopt                    // 通过
	Reject                   // 不予通过
	Defer                    // 暂缓决定
)

var rulingNames = enum.New[Ruling]("decision", "ruling", "Ruling", []enum.Entry{
	Adopt:  {Code: "adopt", Label: "通过"},
	Reject: {Code: "reject", Label: "不予通过"},
	Defer:  {Code: "defer", Label: "暂缓决定"},
})

// String returns the stable code ("adopt", "reject", "defer").
func (r Ruling) String() string { return rulingNames.String(r) }

// Label returns the Chinese label (通过, 不予通过, 暂缓决定).
func (r Ruling) Label() string { return rulingNames.Label(r) }

// IsValid reports whether r is a defined ruling.
func (r Ruling) IsValid() bool { return rulingNames.Valid(r) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (r Ruling) MarshalText() ([]byte, error) { return rulingNames.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (r *Ruling) UnmarshalText(text []byte) error {
	val, err := rulingNames.Parse(text)
	*r = val
	return err
}

// ParseRuling parses a ruling code.
func ParseRuling(s string) (Ruling, error) { return rulingNames.Parse([]byte(s)) }

// MajorityBase is what a majority of the meeting members (多数人的意见) is counted against; the regulation does not define it.
// The zero MajorityBase is unspecified; the national procedure uses VotesCast.
type MajorityBase uint8

// The values of MajorityBase.
const (
	MajorityBaseUnspecified MajorityBase = iota
	VotesCast                            // 以明确表态人数计: abstentions are left out
	MembersSpeaking                      // 以发言人数计: abstentions count in the base
)

var majorityBaseNames = enum.New[MajorityBase]("decision", "majority base", "MajorityBase", []enum.Entry{
	VotesCast:       {Code: "votes_cast", Label: "以明确表态人数计"},
	MembersSpeaking: {Code: "members_speaking", Label: "以发言人数计"},
})

// String returns the stable code ("votes_cast", "members_speaking").
func (m MajorityBase) String() string { return majorityBaseNames.String(m) }

// Label returns the Chinese label (以明确表态人数计, 以发言人数计).
func (m MajorityBase) Label() string { return majorityBaseNames.Label(m) }

// IsValid reports whether m is a defined majority base.
func (m MajorityBase) IsValid() bool { return majorityBaseNames.Valid(m) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (m MajorityBase) MarshalText() ([]byte, error) { return majorityBaseNames.MarshalText(m) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (m *MajorityBase) UnmarshalText(text []byte) error {
	val, err := majorityBaseNames.Parse(text)
	*m = val
	return err
}

// ParseMajorityBase parses a majority base code.
func ParseMajorityBase(s string) (MajorityBase, error) { return majorityBaseNames.Parse([]byte(s)) }

// Speaker is one member's contribution at the meeting, in speaking order
// (会议组成人员发表意见).
//
// The zero Speaker is invalid: a speaker has a name and a position.
type Speaker struct {
	Member   string   `json:"member" validate:"required,max=64"`
	Chief    bool     `json:"chief,omitempty"` // 行政首长
	Position Position `json:"position" validate:"isvalid"`
}

// Discussion records the collective discussion (集体讨论决定, 第三十条):
// the meeting, every member's position in speaking order, the chief's
// ruling, whether the chief stated reasons for going against the majority
// at the meeting, and whether dissent was minuted.
//
// The zero Discussion is invalid: it has a meeting kind, a date and a ruling.
type Discussion struct {
	Kind           MeetingKind `json:"kind" validate:"isvalid"`
	Held           lawgov.Date `json:"held" validate:"isvalid"`
	Speakers       []Speaker   `json:"speakers" validate:"dive"`
	Ruling         Ruling      `json:"ruling" validate:"isvalid"`
	ReasonStated   bool        `json:"reason_stated,omitempty"`   // 在会上说明理由
	DissentMinuted bool        `json:"dissent_minuted,omitempty"` // 不同意见如实载明
}

// tally is the count of the members' positions, the chief left out.
type tally struct{ agree, oppose, abstain int }

func (d *Discussion) tally() tally {
	var t tally
	for _, s := range d.Speakers {
		if s.Chief {
			continue
		}
		switch s.Position {
		case Agree:
			t.agree++
		case Oppose:
			t.oppose++
		case Abstain:
			t.abstain++
		}
	}
	return t
}

// majority returns the majority position of the members under base, or
// PositionUnspecified when there is none (a tie, or no position above half).
// The chief is not counted: 第三十条 compares the chief's decision with
// 「会议组成人员多数人的意见」.
func (t tally) majority(base MajorityBase) Position {
	if base == MembersSpeaking {
		total := t.agree + t.oppose + t.abstain
		switch {
		case 2*t.agree > total:
			return Agree
		case 2*t.oppose > total:
			return Oppose
		}
		return PositionUnspecified
	}
	switch {
	case t.agree > t.oppose:
		return Agree
	case t.oppose > t.agree:
		return Oppose
	}
	return PositionUnspecified
}

// follows reports whether ruling r goes with majority position p.
func (r Ruling) follows(p Position) bool {
	return (r == Adopt && p == Agree) || (r == Reject && p == Oppose)
}

// dissents reports whether position p differs from ruling r: opposing an
// adopted or deferred draft, or agreeing with a rejected one.
func (r Ruling) dissents(p Position) bool {
	return (p == Oppose && r != Reject) || (p == Agree && r == Reject)
}

// ReducedLiability returns the meeting members who stated a dissent that
// the minutes record: under 第三十八条第三款 「有关人员对严重失误的决策表示不同意见的，
// 按照规定减免责任」, so they are the members eligible for reduced
// liability if the decision proves a serious error. The chief is not
// listed: the chief makes the decision.
func (d Decision) ReducedLiability() []string {
	m := d.Discussion
	if m == nil || !m.DissentMinuted {
		return nil
	}
	var out []string
	for _, s := range m.Speakers {
		if !s.Chief && m.Ruling.dissents(s.Position) {
			out = append(out, s.Member)
		}
	}
	return out
}
