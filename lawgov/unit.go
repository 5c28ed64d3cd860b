package lawgov

import (
	"fmt"
	"slices"
	"strings"

	"github.com/fazhi-go/fazhi/internal/enum"
)

// UnitID identifies a unit in a [Directory], e.g. "chibi.justice". IDs are
// chosen by the host; they are compared byte for byte. The zero UnitID is
// empty and names no unit.
type UnitID string

// UnitKind is what kind of body a unit is (单位类型). The zero UnitKind is
// unspecified.
type UnitKind uint8

// The unit kinds.
const (
	UnitKindUnspecified UnitKind = iota
	UnitGovernment               // 人民政府
	UnitDepartment               // 政府部门
	UnitTownship                 // 乡镇
	UnitStreet                   // 街道办事处
	UnitOther                    // 其他, including collective names such as 「市政府各部门」
)

var unitKindNames = enum.New[UnitKind]("lawgov", "unit kind", "UnitKind", []enum.Entry{
	UnitGovernment: {Code: "government", Label: "人民政府"},
	UnitDepartment: {Code: "department", Label: "政府部门"},
	UnitTownship:   {Code: "township", Label: "乡镇"},
	UnitStreet:     {Code: "street", Label: "街道"},
	UnitOther:      {Code: "other", Label: "其他"},
})

// String returns the stable code, e.g. "department".
func (k UnitKind) String() string { return unitKindNames.String(k) }

// Label returns the Chinese label, e.g. 政府部门.
func (k UnitKind) Label() string { return unitKindNames.Label(k) }

// IsValid reports whether k is a defined unit kind.
func (k UnitKind) IsValid() bool { return unitKindNames.Valid(k) }

// MarshalText implements encoding.TextMarshaler.
func (k UnitKind) MarshalText() ([]byte, error) { return unitKindNames.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *UnitKind) UnmarshalText(b []byte) error {
	v, err := unitKindNames.Parse(b)
	*k = v
	return err
}

// UnitLevel is the administrative level of a unit (行政层级). The zero
// UnitLevel is unspecified.
type UnitLevel uint8

// The administrative levels, from highest to lowest.
const (
	UnitLevelUnspecified UnitLevel = iota
	LevelProvince                  // 省级
	LevelCity                      // 市级 (设区的市)
	LevelCounty                    // 县级, including county-level cities such as 赤壁市
	LevelTownship                  // 乡级
)

var unitLevelNames = enum.New[UnitLevel]("lawgov", "unit level", "UnitLevel", []enum.Entry{
	LevelProvince: {Code: "province", Label: "省级"},
	LevelCity:     {Code: "city", Label: "市级"},
	LevelCounty:   {Code: "county", Label: "县级"},
	LevelTownship: {Code: "township", Label: "乡级"},
})

// String returns the stable code, e.g. "county".
func (l UnitLevel) String() string { return unitLevelNames.String(l) }

// Label returns the Chinese label, e.g. 县级.
func (l UnitLevel) Label() string { return unitLevelNames.Label(l) }

// IsValid reports whether l is a defined level.
func (l UnitLevel) IsValid() bool { return unitLevelNames.Valid(l) }

// MarshalText implements encoding.TextMarshaler.
func (l UnitLevel) MarshalText() ([]byte, error) { return unitLevelNames.MarshalText(l) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *UnitLevel) UnmarshalText(b []byte) error {
	v, err := unitLevelNames.Parse(b)
	*l = v
	return err
}

// Unit is a body that work-plan tasks are assigned to (责任单位): a
// government, a department, a township or street, or a collective name used
// in plans such as 「各乡镇人民政府」. Aliases are other spellings of the name
// met in real tables (the 赤壁 2019 work points write both
// 市政务服务和大数据管理局 and 市政府服务和大数据管理局).
//
// The zero Unit is invalid.
type Unit struct {
	ID      UnitID    `json:"id" validate:"required,max=64"`
	Name    string    `json:"name" validate:"required,max=128"`
	Kind    UnitKind  `json:"kind" validate:"isvalid"`
	Level   UnitLevel `json:"level" validate:"isvalid"`
	Parent  UnitID    `json:"parent,omitempty"` // empty for a root
	Aliases []string  `json:"aliases,omitempty"`
}

// Directory is a validated set of units forming a forest by their Parent
// links. It answers lookups by ID and by name, children, ancestors and
// whether one unit is under another.
//
// A Directory is immutable once built and safe for concurrent use. The zero
// Directory is empty; use [NewDirectory].
type Directory struct {
	units    []Unit
	byID     map[UnitID]int
	byName   map[string]int
	children map[UnitID][]int
}

// NewDirectory builds a directory from units, in the order given. It
// rejects invalid units, duplicate IDs, names (or aliases) used by two
// units, parents that are not in the list and parent cycles; the error names
// every offending unit.
func NewDirectory(units []Unit) (*Directory, error) {
	d := &Directory{
		units:    slices.Clone(units),
		byID:     make(map[UnitID]int, len(units)),
		byName:   make(map[string]int, len(units)),
		children: make(map[UnitID][]int),
	}
	var fields []FieldError
	for i, u := range d.units {
		path := fmt.Sprintf("units[%d]", i)
		if err := Validate(u); err != nil {
			if ie, ok := err.(*InvalidInputError); ok {
				for _, f := range ie.Fields {
					f.Field = path + "." + strings.TrimPrefix(f.Field, "Unit.")
					fields = append(fields, f)
				}
				continue
			}
			return nil, err
		}
		if _, dup := d.byID[u.ID]; dup {
			fields = append(fields, FieldError{Field: path + ".id", Rule: "unique", Msg: fmt.Sprintf("duplicate unit ID %q", u.ID)})
			continue
		}
		d.byID[u.ID] = i
		d.units[i].Aliases = slices.Clone(u.Aliases)
		for _, n := range append([]string{u.Name}, u.Aliases...) {
			if j, dup := d.byName[n]; dup && j != i {
				fields = append(fields, FieldError{Field: path + ".name", Rule: "unique", Msg: fmt.Sprintf("name %q already used by %q", n, d.units[j].ID)})
				continue
			}
			d.byName[n] = i
		}
	}
	for i, u := range d.units {
		if u.Parent == "" {
			continue
		}
		if _, ok := d.byID[u.Parent]; !ok {
			fields = append(fields, FieldError{Field: fmt.Sprintf("units[%d].parent", i), Rule: "known", Msg: fmt.Sprintf("unit %q: unknown parent %q", u.ID, u.Parent)})
			continue
		}
		d.children[u.Parent] = append(d.children[u.Parent], i)
	}
	if len(fields) == 0 {
		// A walk up the parents of each unit meets a cycle within len(units) steps.
		for i, u := range d.units {
			seen := 0
			for p := u.Parent; p != ""; p = d.units[d.byID[p]].Parent {
				if p == u.ID || seen > len(d.units) {
					fields = append(fields, FieldError{Field: fmt.Sprintf("units[%d].parent", i), Rule: "acyclic", Msg: fmt.Sprintf("unit %q is its own ancestor", u.ID)})
					break
				}
				seen++
			}
		}
	}
	if len(fields) > 0 {
		return nil, NewInvalidInputError("Directory", fields...)
	}
	return d, nil
}

// Len returns the number of units.
func (d *Directory) Len() int {
	if d == nil {
		return 0
	}
	return len(d.units)
}

// Units returns the units in the order they were given.
func (d *Directory) Units() []Unit {
	if d == nil {
		return nil
	}
	return slices.Clone(d.units)
}

// Unit returns the unit with the given ID.
func (d *Directory) Unit(id UnitID) (Unit, bool) {
	if d == nil {
		return Unit{}, false
	}
	i, ok := d.byID[id]
	if !ok {
		return Unit{}, false
	}
	return d.units[i], true
}

// Has reports whether the directory holds a unit with the given ID.
func (d *Directory) Has(id UnitID) bool {
	_, ok := d.Unit(id)
	return ok
}

// Lookup returns the unit whose name or alias is name, after trimming
// spaces.
func (d *Directory) Lookup(name string) (Unit, bool) {
	if d == nil {
		return Unit{}, false
	}
	i, ok := d.byName[strings.TrimSpace(name)]
	if !ok {
		return Unit{}, false
	}
	return d.units[i], true
}

// Name returns the name of unit id, or the ID itself when it is unknown.
func (d *Directory) Name(id UnitID) string {
	if u, ok := d.Unit(id); ok {
		return u.Name
	}
	return string(id)
}

// Children returns the units whose parent is id, in directory order.
func (d *Directory) Children(id UnitID) []Unit {
	if d == nil {
		return nil
	}
	out := make([]Unit, 0, len(d.children[id]))
	for _, i := range d.children[id] {
		out = append(out, d.units[i])
	}
	return out
}

// Ancestors returns the parent of id, its parent, and so on up to the root.
// It returns nil for a root or an unknown ID.
func (d *Directory) Ancestors(id UnitID) []Unit {
	u, ok := d.Unit(id)
	if !ok {
		return nil
	}
	var out []Unit
	for p := u.Parent; p != ""; {
		pu := d.units[d.byID[p]]
		out = append(out, pu)
		p = pu.Parent
	}
	return out
}

// IsUnder reports whether unit x is a descendant of unit y (a unit is not
// under itself).
func (d *Directory) IsUnder(x, y UnitID) bool {
	for _, a := range d.Ancestors(x) {
		if a.ID == y {
			return true
		}
	}
	return false
}
