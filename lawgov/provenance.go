package lawgov

import (
	"slices"
	"strings"
)

// PackRef names one rule pack (规则包) a result was computed with: the
// jurisdiction's pack ID, such as "hb-chibi", and the pack's version.
//
// The zero PackRef names no pack.
type PackRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
}

// String renders "hb-chibi@2019.1".
func (p PackRef) String() string { return p.ID + "@" + p.Version }

// Provenance records what a result was computed from: the rule packs whose
// values were applied (a county's pack first, then the packs it inherits
// from), the version of the working-day calendar data ([Calendar.Version])
// and the module version ([Version]). It is enough to re-derive a published
// figure years later with the same data and code.
//
// The zero Provenance records nothing. Provenance is a value; Packs is
// shared by copies and must not be modified.
type Provenance struct {
	Packs    []PackRef `json:"packs"`
	Calendar string    `json:"calendar"`
	Module   string    `json:"module"`
}

// NewProvenance returns the provenance of a result computed on calendar cal
// (nil for a result that counts no working days) with the given packs, and
// this module's [Version].
func NewProvenance(cal *Calendar, packs ...PackRef) Provenance {
	p := Provenance{Packs: slices.Clone(packs), Module: Version}
	if p.Packs == nil {
		p.Packs = []PackRef{}
	}
	if cal != nil {
		p.Calendar = cal.Version()
	}
	return p
}

// IsZero reports whether p records nothing.
func (p Provenance) IsZero() bool { return len(p.Packs) == 0 && p.Calendar == "" && p.Module == "" }

// String renders p on one line in Chinese, for the foot of a report:
// "规则包 hb-chibi@2019.1、hb@1、cn@2026.1；日历数据 …；程序版本 0.1.0".
func (p Provenance) String() string {
	var b strings.Builder
	b.WriteString("规则包 ")
	if len(p.Packs) == 0 {
		b.WriteString("无")
	}
	for i, r := range p.Packs {
		if i > 0 {
			b.WriteString("、")
		}
		b.WriteString(r.String())
	}
	if p.Calendar != "" {
		b.WriteString("；日历数据 ")
		b.WriteString(p.Calendar)
	}
	b.WriteString("；程序版本 ")
	b.WriteString(p.Module)
	return b.String()
}

// WithProvenance returns a copy of r that records p.
func (r Report) WithProvenance(p Provenance) Report {
	r.Provenance = &p
	return r
}
