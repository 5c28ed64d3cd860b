package decision

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// BodyLevel is the level of the body that makes a decision (决策机关层级).
// The zero BodyLevel is unspecified and invalid.
type BodyLevel uint8

// The values of BodyLevel.
const (
	BodyLevelUnspecified BodyLevel = iota
	Province                       // 省级人民政府
	City                           // 设区的市级人民政府
	County                         // 县级人民政府
	Department                     // 县级以上人民政府部门: 参照 (Art. 42)
	Township                       // 乡级人民政府: 参照 (Art. 42)
)

var bodyLevelNames = enum.New[BodyLevel]("decision", "body level", "BodyLevel", []enum.Entry{
	Province:   {Code: "province", Label: "省级人民政府"},
	City:       {Code: "city", Label: "设区的市级人民政府"},
	County:     {Code: "county", Label: "县级人民政府"},
	Department: {Code: "department", Label: "县级以上人民政府部门"},
	Township:   {Code: "township", Label: "乡级人民政府"},
})

// String returns the stable code ("province", "city", "county", "department", "township").
func (b BodyLevel) String() string { return bodyLevelNames.String(b) }

// Label returns the Chinese label (省级人民政府, 设区的市级人民政府, 县级人民政府, 县级以上人民政府部门, 乡级人民政府).
func (b BodyLevel) Label() string { return bodyLevelNames.Label(b) }

// IsValid reports whether b is a defined body level.
func (b BodyLevel) IsValid() bool { return bodyLevelNames.Valid(b) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (b BodyLevel) MarshalText() ([]byte, error) { return bodyLevelNames.MarshalText(b) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (b *BodyLevel) UnmarshalText(text []byte) error {
	val, err := bodyLevelNames.Parse(text)
	*b = val
	return err
}

// ParseBodyLevel parses a body level code.
func ParseBodyLevel(s string) (BodyLevel, error) { return bodyLevelNames.Parse([]byte(s)) }

// Applicability is how 重大行政决策程序暂行条例 applies to a decision (适用情形).
// The zero Applicability is unspecified.
type Applicability uint8

// The values of Applicability.
const (
	ApplicabilityUnspecified Applicability = iota
	Mandatory                              // 适用
	Reference                              // 参照执行
	Excluded                               // 不适用
)

var applicabilityNames = enum.New[Applicability]("decision", "applicability", "Applicability", []enum.Entry{
	Mandatory: {Code: "mandatory", Label: "适用"},
	Reference: {Code: "reference", Label: "参照执行"},
	Excluded:  {Code: "excluded", Label: "不适用"},
})

// String returns the stable code ("mandatory", "reference", "excluded").
func (a Applicability) String() string { return applicabilityNames.String(a) }

// Label returns the Chinese label (适用, 参照执行, 不适用).
func (a Applicability) Label() string { return applicabilityNames.Label(a) }

// IsValid reports whether a is a defined applicability.
func (a Applicability) IsValid() bool { return applicabilityNames.Valid(a) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (a Applicability) MarshalText() ([]byte, error) { return applicabilityNames.MarshalText(a) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (a *Applicability) UnmarshalText(text []byte) error {
	val, err := applicabilityNames.Parse(text)
	*a = val
	return err
}

// ParseApplicability parses an applicability code.
func ParseApplicability(s string) (Applicability, error) { return applicabilityNames.Parse([]byte(s)) }

// MatterType is the kind of matter under 重大行政决策程序暂行条例 第三条第一款 (决策事项类型).
// The zero MatterType is unspecified.
type MatterType uint8

// The values of MatterType.
const (
	MatterTypeUnspecified MatterType = iota
	PublicPolicy                     // 重大公共政策和措施: item (一)
	Plan                             // 重要规划: item (二)
	Resources                        // 开发利用、保护重要自然资源和文化资源: item (三)
	PublicProject                    // 重大公共建设项目: item (四)
	OtherMatter                      // 其他重大事项: item (五)
)

var matterTypeNames = enum.New[MatterType]("decision", "matter type", "MatterType", []enum.Entry{
	PublicPolicy:  {Code: "public_policy", Label: "重大公共政策和措施"},
	Plan:          {Code: "plan", Label: "重要规划"},
	Resources:     {Code: "resources", Label: "开发利用、保护重要自然资源和文化资源"},
	PublicProject: {Code: "public_project", Label: "重大公共建设项目"},
	OtherMatter:   {Code: "other", Label: "其他重大事项"},
})

// String returns the stable code ("public_policy", "plan", "resources", "public_project", "other").
func (m MatterType) String() string { return matterTypeNames.String(m) }

// Label returns the Chinese label (重大公共政策和措施, 重要规划, 开发利用、保护重要自然资源和文化资源, 重大公共建设项目, 其他重大事项).
func (m MatterType) Label() string { return matterTypeNames.Label(m) }

// IsValid reports whether m is a defined matter type.
func (m MatterType) IsValid() bool { return matterTypeNames.Valid(m) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (m MatterType) MarshalText() ([]byte, error) { return matterTypeNames.MarshalText(m) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (m *MatterType) UnmarshalText(text []byte) error {
	val, err := matterTypeNames.Parse(text)
	*m = val
	return err
}

// ParseMatterType parses a matter type code.
func ParseMatterType(s string) (MatterType, error) { return matterTypeNames.Parse([]byte(s)) }

// Exclusion is a kind of decision the regulation does not govern (第三条第二款 不适用情形).
// The zero Exclusion means the decision is not excluded.
type Exclusion uint8

// The values of Exclusion.
const (
	ExclusionUnspecified Exclusion = iota
	MacroControl                   // 宏观调控决策: 财政政策、货币政策等
	Legislation                    // 政府立法决策
	Emergency                      // 突发事件应急处置决策
)

var exclusionNames = enum.New[Exclusion]("decision", "exclusion", "Exclusion", []enum.Entry{
	MacroControl: {Code: "macro_control", Label: "宏观调控决策"},
	Legislation:  {Code: "legislation", Label: "政府立法决策"},
	Emergency:    {Code: "emergency", Label: "突发事件应急处置决策"},
})

// String returns the stable code ("macro_control", "legislation", "emergency").
func (e Exclusion) String() string { return exclusionNames.String(e) }

// Label returns the Chinese label (宏观调控决策, 政府立法决策, 突发事件应急处置决策).
func (e Exclusion) Label() string { return exclusionNames.Label(e) }

// IsValid reports whether e is a defined exclusion.
func (e Exclusion) IsValid() bool { return exclusionNames.Valid(e) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (e Exclusion) MarshalText() ([]byte, error) { return exclusionNames.MarshalText(e) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (e *Exclusion) UnmarshalText(text []byte) error {
	val, err := exclusionNames.Parse(text)
	*e = val
	return err
}

// ParseExclusion parses an exclusion code.
func ParseExclusion(s string) (Exclusion, error) { return exclusionNames.Parse([]byte(s)) }

// Body is the decision-making body (决策机关).
//
// The zero Body is invalid: a decision always names its body and level.
type Body struct {
	Name  string    `json:"name" validate:"required,max=128"`
	Level BodyLevel `json:"level" validate:"isvalid"`
}

// Catalogue is a decision's entry in the catalogue of major decisions
// (决策事项目录). Under 第三条第三款 the body fixes the catalogue and its
// standards 「经同级党委同意后向社会公布」.
//
// The zero Catalogue records a matter that is not in a catalogue.
type Catalogue struct {
	Listed                bool        `json:"listed"`                  // the matter is in the catalogue
	Entry                 string      `json:"entry,omitempty"`         // the entry, e.g. "2024年度第3项"
	PartyCommitteeConsent bool        `json:"party_committee_consent"` // 经同级党委同意
	Published             lawgov.Date `json:"published,omitempty"`     // when the catalogue was made public
}

// Applicability reports how the regulation applies to d: Excluded for the
// matters of 第三条第二款, Reference for government departments and township
// governments (第四十二条, 「参照本条例规定执行」), Mandatory for local
// governments at county level and above (第二条).
func (d Decision) Applicability() Applicability {
	switch {
	case d.Exclusion != ExclusionUnspecified:
		return Excluded
	case d.Body.Level == Department || d.Body.Level == Township:
		return Reference
	case d.Body.Level.IsValid():
		return Mandatory
	}
	return ApplicabilityUnspecified
}
