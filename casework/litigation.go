package casework

import (
	"strconv"
	"time"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Litigation is one instance (审级) of an administrative lawsuit against an
// agency (行政应诉案件), under 中华人民共和国行政诉讼法. A case that goes to
// appeal is two records, one per instance: the responsible person's duty to
// appear applies in each (出庭应诉规定 第七条).
//
// The zero Litigation is invalid: Validate reports the missing ID, unit,
// instance and received date.
type Litigation struct {
	ID        string      `json:"id" validate:"required,max=64"`
	Unit      string      `json:"unit" validate:"required,max=128"` // defendant agency (被告)
	Instance  Instance    `json:"instance" validate:"required,isvalid"`
	Procedure Procedure   `json:"procedure,omitempty" validate:"omitempty,isvalid"`
	Received  lawgov.Date `json:"received" validate:"required,isvalid"` // case filed (立案)
	Concluded lawgov.Date `json:"concluded"`                            // judgment or ruling (审结); zero if pending

	// Filed is the day the complaint was brought (起诉之日), which the suit
	// windows of 行政诉讼法 第四十五条、第四十六条 end on. Optional; when zero
	// the checks use Received and say so.
	Filed lawgov.Date `json:"filed,omitzero"`
	// Knew is the day the plaintiff knew or should have known of the act
	// (知道或者应当知道作出行政行为之日), which starts the six months of a
	// direct suit (行政诉讼法 第四十六条第一款). Optional.
	Knew lawgov.Date `json:"knew,omitzero"`
	// DecisionReceived is the day the plaintiff received the reconsideration
	// decision (收到复议决定书之日) when the suit follows a reconsideration;
	// the suit is due within fifteen days (行政诉讼法 第四十五条). Optional.
	DecisionReceived lawgov.Date `json:"decision_received,omitzero"`
	// AppearanceGround marks a case in which the responsible person must
	// appear (行诉解释 第一百二十九条; 出庭应诉规定 第四条). The zero value
	// means no such ground.
	AppearanceGround AppearanceGround `json:"appearance_ground,omitempty" validate:"omitempty,isvalid"`

	Outcome LitigationOutcome `json:"outcome,omitempty" validate:"omitempty,isvalid"`
	// Hearings are the court hearings (开庭) of this instance. An instance
	// decided without a hearing (书面审理, withdrawn before trial) has none
	// and is outside the base of 出庭应诉率.
	Hearings []Hearing `json:"hearings,omitempty" validate:"dive"`
	// ExtensionApproved marks an approved extension of the trial period
	// (行政诉讼法 第八十一条、第八十八条).
	ExtensionApproved bool `json:"extension_approved,omitempty"`
	// CarriedOver marks a case filed in an earlier reporting period; see
	// Reconsideration.CarriedOver.
	CarriedOver bool `json:"carried_over,omitempty"`
}

// Hearing is one court hearing of an instance and who attended for the
// defendant. The zero Hearing is invalid.
type Hearing struct {
	Date      lawgov.Date `json:"date" validate:"required,isvalid"`
	Attendees []Attendee  `json:"attendees,omitempty" validate:"dive"`
}

// Attendee is one person who attended a hearing for the defendant agency.
// The zero Attendee is invalid (its Role is unspecified).
type Attendee struct {
	Name string `json:"name,omitempty" validate:"max=64"`
	Role Role   `json:"role" validate:"required,isvalid"`
	// IdentityUnproven marks an attendee whose proof of identity was
	// missing and not supplied later: 「视为行政机关负责人未出庭应诉」
	// (出庭应诉规定 第六条).
	IdentityUnproven bool `json:"identity_unproven,omitempty"`
}

// Role is the position of a person attending a hearing for an agency.
// Only the first four qualify as the agency's responsible person (负责人)
// under 出庭应诉规定 第二条. The zero Role is unspecified.
type Role uint8

// The roles.
const (
	RoleUnspecified     Role = iota
	Principal                // 正职负责人
	Deputy                   // 副职负责人
	DeputyLevelInCharge      // 参与分管被诉行政行为实施工作的副职级别的负责人
	OtherInCharge            // 其他参与分管的负责人
	Staff                    // 相应的工作人员
	Lawyer                   // 律师
	EntrustedHead            // 被诉行政机关委托的组织的负责人
	SubordinateHead          // 下级行政机关的负责人
)

var roleNames = enum.New[Role]("casework", "role", "Role", []enum.Entry{
	Principal:           {Code: "principal", Label: "正职负责人"},
	Deputy:              {Code: "deputy", Label: "副职负责人"},
	DeputyLevelInCharge: {Code: "deputy_level_in_charge", Label: "分管的副职级别负责人"},
	OtherInCharge:       {Code: "other_in_charge", Label: "其他参与分管的负责人"},
	Staff:               {Code: "staff", Label: "工作人员"},
	Lawyer:              {Code: "lawyer", Label: "律师"},
	EntrustedHead:       {Code: "entrusted_head", Label: "受委托组织负责人"},
	SubordinateHead:     {Code: "subordinate_head", Label: "下级行政机关负责人"},
})

// String returns the stable code, e.g. "principal".
func (r Role) String() string { return roleNames.String(r) }

// Label returns the Chinese label, e.g. 正职负责人.
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

// Qualifies reports whether a person in role r counts as the agency's
// responsible person: 「包括行政机关的正职、副职负责人、参与分管被诉行政行为实施
// 工作的副职级别的负责人以及其他参与分管的负责人」; the heads of entrusted
// organisations and subordinate agencies do not (出庭应诉规定 第二条).
func (r Role) Qualifies() bool {
	return r == Principal || r == Deputy || r == DeputyLevelInCharge || r == OtherInCharge
}

// Appearance reports whether the instance had a court hearing, and whether a
// qualifying responsible person with valid proof of identity attended at
// least one of its hearings. Attending one hearing of an instance that
// needs several fulfils the duty (出庭应诉规定 第七条), so each instance
// counts once however many hearings it had.
func (l Litigation) Appearance() (heard, appeared bool) {
	for _, h := range l.Hearings {
		heard = true
		for _, a := range h.Attendees {
			if a.Role.Qualifies() && !a.IdentityUnproven {
				return true, true
			}
		}
	}
	return heard, false
}

// firstLitigationDay is the day 行政诉讼法 took effect (1990-10-01): a suit
// filed earlier is invalid input.
var firstLitigationDay = lawgov.MustDate(1990, time.October, 1)

// Validate checks the shape of l with its validate tags and then the
// relations between its fields: a filing date no earlier than 1990-10-01
// (行政诉讼法 took effect), no concluded date or hearing before the
// filing date, no hearing after the conclusion, and an outcome exactly when
// there is a concluded date. It returns nil or a *lawgov.InvalidInputError
// naming every bad field.
func (l Litigation) Validate() error {
	var tags error
	if !l.tagsValid() {
		tags = lawgov.Validate(l)
	}
	return validateRecord(tags, "Litigation", func(fields []lawgov.FieldError) []lawgov.FieldError {
		fields = checkFloor(fields, "received", l.Received, firstLitigationDay, "行政诉讼法")
		fields = checkOrder(fields, "concluded", "received", l.Received, l.Concluded)
		fields = checkOrder(fields, "received", "filed", l.Filed, l.Received)
		fields = checkOrder(fields, "filed", "knew", l.Knew, l.Filed)
		fields = checkOrder(fields, "filed", "decision_received", l.DecisionReceived, l.Filed)
		fields = checkConcluded(fields, l.Concluded, l.Outcome != LitigationPending)
		for i, h := range l.Hearings {
			f := "hearings[" + strconv.Itoa(i) + "].date"
			fields = checkOrder(fields, f, "received", l.Received, h.Date)
			if !l.Concluded.IsZero() && h.Date.After(l.Concluded) {
				fields = append(fields, lawgov.FieldError{Field: f, Rule: "ltefield", Param: "concluded",
					Msg: h.Date.String() + " is after concluded " + l.Concluded.String()})
			}
		}
		return fields
	})
}

// tagsValid reports whether l passes its validate tags and those of its
// hearings and attendees, as lawgov.Validate decides, without reflection:
// the reflective validator runs only to name the fields of an invalid
// case.
func (l *Litigation) tagsValid() bool {
	ok := l.ID != "" && maxRunes(l.ID, 64) && l.Unit != "" && maxRunes(l.Unit, 128) &&
		l.Instance != 0 && l.Instance.IsValid() && (l.Procedure == 0 || l.Procedure.IsValid()) &&
		!l.Received.IsZero() && l.Received.IsValid() && (l.AppearanceGround == 0 || l.AppearanceGround.IsValid()) &&
		(l.Outcome == 0 || l.Outcome.IsValid())
	for i := range l.Hearings {
		h := &l.Hearings[i]
		ok = ok && !h.Date.IsZero() && h.Date.IsValid()
		for _, a := range h.Attendees {
			ok = ok && maxRunes(a.Name, 64) && a.Role != 0 && a.Role.IsValid()
		}
	}
	return ok
}

// Record validates l and compacts it into a [Record] for unit. The hearings
// become two bits: heard, and appeared (see Appearance).
func (l Litigation) Record(unit UnitID) (Record, error) {
	if err := l.Validate(); err != nil {
		return Record{}, err
	}
	r := Record{received: l.Received, concluded: l.Concluded, unit: unit, kind: KindLitigation,
		outcome: uint8(l.Outcome), instance: l.Instance}
	if l.CarriedOver {
		r.flags |= flagCarriedOver
	}
	if l.Outcome != LitigationPending {
		r.flags |= flagConcluded
	}
	if l.Outcome.Substantive() {
		r.flags |= flagSubstantive
	}
	heard, appeared := l.Appearance()
	if l.Outcome == LitigationPending {
		heard, appeared = false, false // counted with the conclusion
	}
	if heard {
		r.flags |= flagHeard
	}
	if appeared {
		r.flags |= flagAppeared
	}
	return r, nil
}

// AppearanceGround is why a responsible person must appear in a case
// (应当出庭的情形): 「涉及重大公共利益、社会高度关注或者可能引发群体性事件等
// 案件以及人民法院书面建议行政机关负责人出庭的案件，被诉行政机关负责人应当
// 出庭」 (行诉解释 第一百二十九条); for the first three 「人民法院应当通知
// 行政机关负责人出庭应诉」 (出庭应诉规定 第四条). The zero AppearanceGround
// is unspecified: no such ground.
type AppearanceGround uint8

// The grounds.
const (
	AppearanceGroundUnspecified AppearanceGround = iota
	PublicInterest                               // 涉及食品药品安全、生态环境和资源保护、公共卫生安全等重大公共利益
	HighPublicConcern                            // 社会高度关注
	MassIncidentRisk                             // 可能引发群体性事件
	CourtRequest                                 // 人民法院书面建议（通知）行政机关负责人出庭
)

var appearanceGroundNames = enum.New[AppearanceGround]("casework", "appearance ground", "AppearanceGround", []enum.Entry{
	PublicInterest:    {Code: "public_interest", Label: "涉及重大公共利益"},
	HighPublicConcern: {Code: "high_public_concern", Label: "社会高度关注"},
	MassIncidentRisk:  {Code: "mass_incident_risk", Label: "可能引发群体性事件"},
	CourtRequest:      {Code: "court_request", Label: "人民法院书面建议负责人出庭"},
})

// String returns the stable code, e.g. "public_interest".
func (g AppearanceGround) String() string { return appearanceGroundNames.String(g) }

// Label returns the Chinese label.
func (g AppearanceGround) Label() string { return appearanceGroundNames.Label(g) }

// IsValid reports whether g is a defined ground.
func (g AppearanceGround) IsValid() bool { return appearanceGroundNames.Valid(g) }

// MarshalText implements encoding.TextMarshaler.
func (g AppearanceGround) MarshalText() ([]byte, error) { return appearanceGroundNames.MarshalText(g) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *AppearanceGround) UnmarshalText(b []byte) error {
	v, err := appearanceGroundNames.Parse(b)
	*g = v
	return err
}
