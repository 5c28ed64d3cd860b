package decision

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"github.com/fazhi-go/fazhi/lawgov"
)

// Decision is the record of one major administrative decision (重大行政决策)
// as a government keeps it: the body and its level, the matter, the catalogue
// entry, the undertaking units, the flags that make steps required, and each
// step as it happened, with its dates. A nil step was not taken.
//
// The flags decide which steps are required: Technical (专业性、技术性较强)
// requires expert argumentation (第十九条); StabilityRisk (可能对社会稳定、公共安全等
// 方面造成不利影响) requires a risk assessment (第二十二条); NonPublic (依法不予公开)
// removes public participation (第十四条) and publication (第三十二条).
//
// More flags make further duties apply: ConcernsOtherUnits (consult the
// departments concerned, 第十三条), SpecificGroups (the groups concerned,
// 第十四条第三款), MarketActivity (公平竞争审查 material, 第二十九条第（一）项),
// WideConcern (explain how opinions were adopted when publishing,
// 第三十二条) and CongressReport (a report to the people's congress standing
// committee required by law, 第八条).
//
// A Decision is an input record: it stores what happened, and checks derive
// the rest. The zero Decision is invalid (it has no ID, body or matter).
type Decision struct {
	ID        string      `json:"id" validate:"required,max=64"`
	Title     string      `json:"title" validate:"required,max=256"`
	Body      Body        `json:"body"`
	Matter    MatterType  `json:"matter,omitempty"`    // 第三条第一款; required unless Exclusion is set
	Exclusion Exclusion   `json:"exclusion,omitempty"` // 第三条第二款
	Catalogue Catalogue   `json:"catalogue"`
	Units     []Unit      `json:"units" validate:"dive"`
	Launched  lawgov.Date `json:"launched,omitempty"` // 决策启动

	Technical     bool `json:"technical,omitempty"`
	StabilityRisk bool `json:"stability_risk,omitempty"`
	NonPublic     bool `json:"non_public,omitempty"`

	ConcernsOtherUnits bool `json:"concerns_other_units,omitempty"` // 涉及所属部门、下一级人民政府等单位的职责 (第十三条)
	SpecificGroups     bool `json:"specific_groups,omitempty"`      // 涉及特定群体利益 (第十四条第三款)
	MarketActivity     bool `json:"market_activity,omitempty"`      // 涉及市场主体经济活动 (第二十九条第（一）项)
	WideConcern        bool `json:"wide_concern,omitempty"`         // 社会公众普遍关心 (第三十二条)
	CongressReport     bool `json:"congress_report,omitempty"`      // 按照规定应当向本级人大常委会报告或者提请讨论决定 (第八条)

	Consultation  *Consultation   `json:"consultation,omitempty"`
	Participation *Participation  `json:"participation,omitempty"`
	Hearing       *Hearing        `json:"hearing,omitempty"`
	Experts       *Experts        `json:"experts,omitempty"`
	Risk          *RiskAssessment `json:"risk,omitempty"`
	Review        *LegalityReview `json:"review,omitempty"`
	Materials     []Material      `json:"materials,omitempty" validate:"dive,isvalid"` // 报送讨论的材料 (第二十九条)
	Discussion    *Discussion     `json:"discussion,omitempty"`
	Congress      *CongressReport `json:"congress,omitempty"`
	PartyReport   *PartyReport    `json:"party_report,omitempty"`
	Publication   *Publication    `json:"publication,omitempty"`
	Archive       *Archive        `json:"archive,omitempty"`
	Execution     *Execution      `json:"execution,omitempty"`
	Changes       []Change        `json:"changes,omitempty" validate:"dive"`
	Evaluation    *Evaluation     `json:"evaluation,omitempty"`
}

// ParseDecision decodes a decision record from JSON and validates its
// shape, as [Decode] does: unknown, repeated and case-variant keys are
// rejected, so a misspelt step is not silently read as a step not taken,
// and every problem is named by its JSON path.
func ParseDecision(data []byte) (Decision, error) {
	d, err := Decode(bytes.NewReader(data))
	if err != nil {
		return Decision{}, err
	}
	return d, nil
}

// Validate reports whether d has the shape a check needs: an ID, a title,
// a body with a level, a matter type or an exclusion, defined enumeration
// values, and every date a step needs, in a possible order (a call for
// comments does not close before it opens). It returns nil or an
// *lawgov.InvalidInputError naming every bad field; whether the steps
// comply with the law is for Check to find. It enforces in code, without
// reflection, what the validate tags say (names within their max lengths,
// counted in characters), so it agrees with lawgov.Validate, and it does not
// allocate when d is valid.
func (d *Decision) Validate() error {
	if d.valid() {
		return nil
	}
	return d.problems()
}

// fits reports whether s is a non-empty text of at most limit characters.
func fits(s string, limit int) bool {
	return s != "" && (len(s) <= limit || utf8.RuneCountInString(s) <= limit)
}

// valid is Validate's answer without its reasons: one pass of plain
// comparisons, so that a check of a valid record spends no time naming
// fields. problems names them when valid says no.
func (d *Decision) valid() bool {
	ok := fits(d.ID, 64) && fits(d.Title, 256) && fits(d.Body.Name, 128) && d.Body.Level.IsValid() &&
		(d.Matter == MatterTypeUnspecified && d.Exclusion != ExclusionUnspecified || d.Matter.IsValid()) &&
		(d.Exclusion == ExclusionUnspecified || d.Exclusion.IsValid())
	for i := range d.Units {
		ok = ok && fits(d.Units[i].Name, 128)
	}
	if c := d.Consultation; c != nil {
		ok = ok && c.Completed.IsValid()
	}
	if p := d.Participation; p != nil {
		ok = ok && p.CallPublished.IsValid() && p.CallClosed.IsValid() && !p.CallClosed.Before(p.CallPublished) && p.OpinionsReceived >= 0
	}
	if h := d.Hearing; h != nil {
		ok = ok && h.Held.IsValid()
	}
	if e := d.Experts; e != nil {
		ok = ok && e.Completed.IsValid()
		for i := range e.Experts {
			ok = ok && fits(e.Experts[i].Name, 128)
		}
	}
	if r := d.Risk; r != nil {
		ok = ok && r.Completed.IsValid() && r.Result.IsValid()
	}
	if r := d.Review; r != nil {
		ok = ok && r.Submitted.IsValid() && (r.Opinion.IsZero() || !r.Opinion.Before(r.Submitted)) &&
			(r.Authority == VerdictUnspecified || r.Authority.IsValid()) &&
			(r.Procedure == VerdictUnspecified || r.Procedure.IsValid()) && (r.Content == VerdictUnspecified || r.Content.IsValid())
		for i := range r.AdviserOpinions {
			ok = ok && fits(r.AdviserOpinions[i].Adviser, 128)
		}
	}
	if c := d.Discussion; c != nil {
		ok = ok && c.Kind.IsValid() && c.Held.IsValid() && c.Ruling.IsValid()
		for i := range c.Speakers {
			ok = ok && fits(c.Speakers[i].Member, 64) && c.Speakers[i].Position.IsValid()
		}
	}
	for _, m := range d.Materials {
		ok = ok && m.IsValid()
	}
	if c := d.Congress; c != nil {
		ok = ok && c.Reported.IsValid()
	}
	if p := d.PartyReport; p != nil {
		ok = ok && p.Reported.IsValid()
	}
	if p := d.Publication; p != nil {
		ok = ok && p.Published.IsValid()
		for _, c := range p.Channels {
			ok = ok && c.IsValid()
		}
	}
	if a := d.Archive; a != nil {
		ok = ok && a.Archived.IsValid()
		for _, s := range a.Steps {
			ok = ok && s.IsValid()
		}
	}
	if e := d.Execution; e != nil {
		ok = ok && fits(e.Unit, 128) && e.Designated.IsValid()
	}
	for i := range d.Changes {
		ok = ok && d.Changes[i].Date.IsValid() && d.Changes[i].Kind.IsValid()
	}
	if e := d.Evaluation; e != nil {
		ok = ok && e.Started.IsValid()
		for _, t := range e.Triggers {
			ok = ok && t.IsValid()
		}
	}
	return ok
}

// problems is Validate naming every bad field.
func (d *Decision) problems() error {
	var v validator
	v.text(d.ID, 64, "id")
	v.text(d.Title, 256, "title")
	v.text(d.Body.Name, 128, "body.name")
	v.req(d.Body.Level.IsValid(), "body.level", "isvalid")
	v.req(d.Matter == MatterTypeUnspecified && d.Exclusion != ExclusionUnspecified || d.Matter.IsValid(), "matter", "isvalid")
	v.req(d.Exclusion == ExclusionUnspecified || d.Exclusion.IsValid(), "exclusion", "isvalid")
	for i := range d.Units {
		v.textAt(d.Units[i].Name, 128, "units", i, "name")
	}
	if c := d.Consultation; c != nil {
		v.req(c.Completed.IsValid(), "consultation.completed", "isvalid")
	}
	if p := d.Participation; p != nil {
		v.req(p.CallPublished.IsValid(), "participation.call_published", "isvalid")
		v.req(p.CallClosed.IsValid(), "participation.call_closed", "isvalid")
		v.req(!p.CallClosed.Before(p.CallPublished), "participation.call_closed", "gtefield=call_published")
		v.req(p.OpinionsReceived >= 0, "participation.opinions_received", "min")
	}
	if h := d.Hearing; h != nil {
		v.req(h.Held.IsValid(), "hearing.held", "isvalid")
	}
	if e := d.Experts; e != nil {
		v.req(e.Completed.IsValid(), "experts.completed", "isvalid")
		for i := range e.Experts {
			v.textAt(e.Experts[i].Name, 128, "experts.experts", i, "name")
		}
	}
	if r := d.Risk; r != nil {
		v.req(r.Completed.IsValid(), "risk.completed", "isvalid")
		v.req(r.Result.IsValid(), "risk.result", "isvalid")
	}
	if r := d.Review; r != nil {
		v.req(r.Submitted.IsValid(), "review.submitted", "isvalid")
		v.req(r.Opinion.IsZero() || !r.Opinion.Before(r.Submitted), "review.opinion", "gtefield=submitted")
		for _, x := range [...]Verdict{r.Authority, r.Procedure, r.Content} {
			v.req(x == VerdictUnspecified || x.IsValid(), "review.verdict", "isvalid")
		}
		for i := range r.AdviserOpinions {
			v.textAt(r.AdviserOpinions[i].Adviser, 128, "review.adviser_opinions", i, "adviser")
		}
	}
	if c := d.Discussion; c != nil {
		v.req(c.Kind.IsValid(), "discussion.kind", "isvalid")
		v.req(c.Held.IsValid(), "discussion.held", "isvalid")
		v.req(c.Ruling.IsValid(), "discussion.ruling", "isvalid")
		for i := range c.Speakers {
			v.textAt(c.Speakers[i].Member, 64, "discussion.speakers", i, "member")
			v.reqAt(c.Speakers[i].Position.IsValid(), "discussion.speakers", i, "position", "isvalid")
		}
	}
	for i, m := range d.Materials {
		v.reqAt(m.IsValid(), "materials", i, "", "isvalid")
	}
	if c := d.Congress; c != nil {
		v.req(c.Reported.IsValid(), "congress.reported", "isvalid")
	}
	if p := d.PartyReport; p != nil {
		v.req(p.Reported.IsValid(), "party_report.reported", "isvalid")
	}
	if p := d.Publication; p != nil {
		v.req(p.Published.IsValid(), "publication.published", "isvalid")
		for i, c := range p.Channels {
			v.reqAt(c.IsValid(), "publication.channels", i, "", "isvalid")
		}
	}
	if a := d.Archive; a != nil {
		v.req(a.Archived.IsValid(), "archive.archived", "isvalid")
		for i, s := range a.Steps {
			v.reqAt(s.IsValid(), "archive.steps", i, "", "isvalid")
		}
	}
	if e := d.Execution; e != nil {
		v.text(e.Unit, 128, "execution.unit")
		v.req(e.Designated.IsValid(), "execution.designated", "isvalid")
	}
	for i := range d.Changes {
		v.reqAt(d.Changes[i].Date.IsValid(), "changes", i, "date", "isvalid")
		v.reqAt(d.Changes[i].Kind.IsValid(), "changes", i, "kind", "isvalid")
	}
	if e := d.Evaluation; e != nil {
		v.req(e.Started.IsValid(), "evaluation.started", "isvalid")
		for i, t := range e.Triggers {
			v.reqAt(t.IsValid(), "evaluation.triggers", i, "", "isvalid")
		}
	}
	return v.err("Decision")
}

// validator collects field problems found in code, by the rules the
// validate tags of the records name, without reflection. It allocates only
// when it finds one.
type validator struct{ fields []lawgov.FieldError }

func (v *validator) req(ok bool, field, rule string) {
	if !ok {
		v.fields = append(v.fields, lawgov.FieldError{Field: field, Rule: rule})
	}
}

func (v *validator) reqAt(ok bool, list string, i int, field, rule string) {
	if !ok {
		v.req(false, itemPath(list, i, field), rule)
	}
}

// text checks a string tagged required,max=limit; like the tag, it counts
// characters, not bytes.
func (v *validator) text(s string, limit int, field string) {
	switch {
	case s == "":
		v.fields = append(v.fields, lawgov.FieldError{Field: field, Rule: "required"})
	case len(s) > limit && utf8.RuneCountInString(s) > limit:
		v.fields = append(v.fields, lawgov.FieldError{Field: field, Rule: "max", Param: strconv.Itoa(limit)})
	}
}

// textAt is text for field of item i of list.
func (v *validator) textAt(s string, limit int, list string, i int, field string) {
	n := len(v.fields)
	v.text(s, limit, "")
	if len(v.fields) > n {
		v.fields[n].Field = itemPath(list, i, field)
	}
}

// itemPath names field of item i of list, as "units[2].name".
func itemPath(list string, i int, field string) string {
	path := list + "[" + strconv.Itoa(i) + "]"
	if field != "" {
		path += "." + field
	}
	return path
}

func (v *validator) err(typ string) error {
	if len(v.fields) == 0 {
		return nil
	}
	return lawgov.NewInvalidInputError(typ, v.fields...)
}
