package enforcement

import (
	"slices"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// EmploymentType is how an officer is employed (用工性质). Only staff in
// established posts may hold an enforcement qualification: 河南省行政执法条例
// 第二十条 says 「工勤人员、劳动合同工、临时工不得申请取得行政执法资格」, and
// 山东 第十条 excludes labour-dispatch and seconded staff as well.
//
// The zero EmploymentType is unspecified and fails validation.
type EmploymentType uint8

// The employment types.
const (
	EmploymentUnspecified EmploymentType = iota
	CivilServant                         // 公务员 (在编在职)
	CareerStaff                          // 参照公务员法管理或事业编制人员 (在编在职)
	ServiceWorker                        // 工勤人员
	ContractWorker                       // 劳动合同工
	TemporaryWorker                      // 临时工
	DispatchedWorker                     // 劳务派遣人员
	Secondee                             // 临时借调人员
)

var employmentNames = enum.New[EmploymentType]("enforcement", "employment type", "EmploymentType", []enum.Entry{
	CivilServant:     {Code: "civil_servant", Label: "公务员"},
	CareerStaff:      {Code: "career_staff", Label: "在编事业人员"},
	ServiceWorker:    {Code: "service_worker", Label: "工勤人员"},
	ContractWorker:   {Code: "contract", Label: "劳动合同工"},
	TemporaryWorker:  {Code: "temporary", Label: "临时工"},
	DispatchedWorker: {Code: "labour_dispatch", Label: "劳务派遣人员"},
	Secondee:         {Code: "secondee", Label: "临时借调人员"},
})

// String returns the stable code, e.g. "contract".
func (t EmploymentType) String() string { return employmentNames.String(t) }

// Label returns the Chinese label, e.g. 劳动合同工.
func (t EmploymentType) Label() string { return employmentNames.Label(t) }

// IsValid reports whether t is a defined employment type.
func (t EmploymentType) IsValid() bool { return employmentNames.Valid(t) }

// MarshalText implements encoding.TextMarshaler.
func (t EmploymentType) MarshalText() ([]byte, error) { return employmentNames.MarshalText(t) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *EmploymentType) UnmarshalText(b []byte) error {
	v, err := employmentNames.Parse(b)
	*t = v
	return err
}

// ParseEmploymentType parses an employment type code.
func ParseEmploymentType(s string) (EmploymentType, error) { return employmentNames.Parse([]byte(s)) }

// Eligible reports whether staff of type t may obtain an enforcement
// qualification: only civil servants and career staff in established posts
// (在编在职), per 河南省行政执法条例 第二十条.
func (t EmploymentType) Eligible() bool { return t == CivilServant || t == CareerStaff }

// Officer is an enforcement officer (行政执法人员) with the dated history of
// their qualification and credential. State is never stored: it is derived
// from the history by [RuleSet.StatusAt].
//
// The zero Officer is invalid: it has no ID.
type Officer struct {
	ID         string         `json:"id" validate:"required,max=64"`
	Name       string         `json:"name" validate:"required,max=64"`
	Unit       string         `json:"unit" validate:"required,max=128"` // employing body (所属单位)
	Employment EmploymentType `json:"employment" validate:"isvalid"`
	Fields     []string       `json:"fields,omitempty" validate:"dive,required,max=64"` // fields of enforcement (执法领域) the officer works in
	Region     string         `json:"region,omitempty" validate:"max=64"`               // region of posting (执法区域)
	History    []Event        `json:"history,omitempty" validate:"dive"`                // in date order
}

// tagsValid reports whether o passes its validate tags and those of its
// events, as lawgov.Validate decides, without reflection: the registry
// runs the reflective validator only for the error of an officer that
// fails.
func (o *Officer) tagsValid() bool {
	ok := o.ID != "" && maxRunes(o.ID, 64) && o.Name != "" && maxRunes(o.Name, 64) &&
		o.Unit != "" && maxRunes(o.Unit, 128) && o.Employment.IsValid() && maxRunes(o.Region, 64) &&
		fieldsValid(o.Fields)
	for i := range o.History {
		ok = ok && o.History[i].tagsValid()
	}
	return ok
}

// fieldsValid reports whether every field of enforcement passes
// "required,max=64".
func fieldsValid(fields []string) bool {
	for _, f := range fields {
		if f == "" || !maxRunes(f, 64) {
			return false
		}
	}
	return true
}

// maxRunes reports whether s passes the validator's max=n: at most n
// runes, counting each invalid byte as one.
func maxRunes(s string, n int) bool {
	return len(s) <= n || utf8.RuneCountInString(s) <= n
}

// Credential is an enforcement credential (行政执法证) as issued or reissued:
// its number, the fields and region printed on it, its issue date and
// expiry. The zero Credential is no credential.
type Credential struct {
	Number  string      `json:"number"`
	Fields  []string    `json:"fields"`
	Region  string      `json:"region"`
	Issued  lawgov.Date `json:"issued"`
	Expires lawgov.Date `json:"expires,omitzero"` // last valid day; zero = the rule set's validity, or none
}

// Covers reports whether the credential covers field in region.
func (c Credential) Covers(field, region string) bool {
	return c.Region == region && slices.Contains(c.Fields, field)
}
