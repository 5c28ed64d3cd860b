package casework

import "github.com/fazhi-go/fazhi/internal/enum"

// Kind is the kind of a case: reconsideration or litigation.
// The zero Kind is unspecified and invalid.
type Kind uint8

// The kinds of case.
const (
	KindUnspecified     Kind = iota
	KindReconsideration      // 行政复议
	KindLitigation           // 行政应诉
)

var kindNames = enum.New[Kind]("casework", "kind", "Kind", []enum.Entry{
	KindReconsideration: {Code: "reconsideration", Label: "行政复议"},
	KindLitigation:      {Code: "litigation", Label: "行政应诉"},
})

// String returns the stable code: "reconsideration" or "litigation".
func (k Kind) String() string { return kindNames.String(k) }

// Label returns the Chinese label: 行政复议 or 行政应诉.
func (k Kind) Label() string { return kindNames.Label(k) }

// IsValid reports whether k is a defined kind.
func (k Kind) IsValid() bool { return kindNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := kindNames.Parse(b)
	*k = v
	return err
}

// Instance is the trial level of a litigation record (审级). Appearance is
// counted once per instance (出庭应诉规定 第一条、第七条). The zero Instance
// is unspecified.
type Instance uint8

// The instances.
const (
	InstanceUnspecified Instance = iota
	FirstInstance                // 一审
	SecondInstance               // 二审
	Retrial                      // 再审
)

var instanceNames = enum.New[Instance]("casework", "instance", "Instance", []enum.Entry{
	FirstInstance:  {Code: "first", Label: "一审"},
	SecondInstance: {Code: "second", Label: "二审"},
	Retrial:        {Code: "retrial", Label: "再审"},
})

// String returns the stable code: "first", "second" or "retrial".
func (i Instance) String() string { return instanceNames.String(i) }

// Label returns the Chinese label: 一审, 二审 or 再审.
func (i Instance) Label() string { return instanceNames.Label(i) }

// IsValid reports whether i is a defined instance.
func (i Instance) IsValid() bool { return instanceNames.Valid(i) }

// MarshalText implements encoding.TextMarshaler.
func (i Instance) MarshalText() ([]byte, error) { return instanceNames.MarshalText(i) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (i *Instance) UnmarshalText(b []byte) error {
	v, err := instanceNames.Parse(b)
	*i = v
	return err
}

// Procedure is the procedure a case is handled under (程序): ordinary or
// simplified (行政复议 简易程序, 行政复议法 第五十三条; 行政诉讼 简易程序,
// 行政诉讼法 第八十二条). The zero Procedure is unspecified; checks treat it
// as ordinary.
type Procedure uint8

// The procedures.
const (
	ProcedureUnspecified Procedure = iota
	Ordinary                       // 普通程序
	Simplified                     // 简易程序
)

var procedureNames = enum.New[Procedure]("casework", "procedure", "Procedure", []enum.Entry{
	Ordinary:   {Code: "ordinary", Label: "普通程序"},
	Simplified: {Code: "simplified", Label: "简易程序"},
})

// String returns the stable code: "ordinary" or "simplified".
func (p Procedure) String() string { return procedureNames.String(p) }

// Label returns the Chinese label: 普通程序 or 简易程序.
func (p Procedure) Label() string { return procedureNames.Label(p) }

// IsValid reports whether p is a defined procedure.
func (p Procedure) IsValid() bool { return procedureNames.Valid(p) }

// MarshalText implements encoding.TextMarshaler.
func (p Procedure) MarshalText() ([]byte, error) { return procedureNames.MarshalText(p) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Procedure) UnmarshalText(b []byte) error {
	v, err := procedureNames.Parse(b)
	*p = v
	return err
}
