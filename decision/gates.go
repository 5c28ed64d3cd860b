package decision

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Gate is one of the five gates of the procedure (「过五关」).
// The zero Gate is unspecified.
type Gate uint8

// The values of Gate.
const (
	GateUnspecified   Gate = iota
	GateParticipation      // 公众参与
	GateExperts            // 专家论证
	GateRisk               // 风险评估
	GateReview             // 合法性审查
	GateDiscussion         // 集体讨论决定
)

var gateNames = enum.New[Gate]("decision", "gate", "Gate", []enum.Entry{
	GateParticipation: {Code: "participation", Label: "公众参与"},
	GateExperts:       {Code: "experts", Label: "专家论证"},
	GateRisk:          {Code: "risk", Label: "风险评估"},
	GateReview:        {Code: "review", Label: "合法性审查"},
	GateDiscussion:    {Code: "discussion", Label: "集体讨论决定"},
})

// String returns the stable code ("participation", "experts", "risk", "review", "discussion").
func (g Gate) String() string { return gateNames.String(g) }

// Label returns the Chinese label (公众参与, 专家论证, 风险评估, 合法性审查, 集体讨论决定).
func (g Gate) Label() string { return gateNames.Label(g) }

// IsValid reports whether g is a defined gate.
func (g Gate) IsValid() bool { return gateNames.Valid(g) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (g Gate) MarshalText() ([]byte, error) { return gateNames.MarshalText(g) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (g *Gate) UnmarshalText(text []byte) error {
	val, err := gateNames.Parse(text)
	*g = val
	return err
}

// ParseGate parses a gate code.
func ParseGate(s string) (Gate, error) { return gateNames.Parse([]byte(s)) }

// GateStatus is the state of one gate on a dashboard (环节状态).
// The zero GateStatus is unspecified.
type GateStatus uint8

// The values of GateStatus.
const (
	GateStatusUnspecified GateStatus = iota
	GatePassed                       // 已通过
	GateFailed                       // 未通过
	GateNotRequired                  // 无需履行
	GateMissing                      // 未履行
	GatePending                      // 尚未完成: required, not yet due or under way
)

var gateStatusNames = enum.New[GateStatus]("decision", "gate status", "GateStatus", []enum.Entry{
	GatePassed:      {Code: "passed", Label: "已通过"},
	GateFailed:      {Code: "failed", Label: "未通过"},
	GateNotRequired: {Code: "not_required", Label: "无需履行"},
	GateMissing:     {Code: "missing", Label: "未履行"},
	GatePending:     {Code: "pending", Label: "尚未完成"},
})

// String returns the stable code ("passed", "failed", "not_required", "missing", "pending").
func (g GateStatus) String() string { return gateStatusNames.String(g) }

// Label returns the Chinese label (已通过, 未通过, 无需履行, 未履行, 尚未完成).
func (g GateStatus) Label() string { return gateStatusNames.Label(g) }

// IsValid reports whether g is a defined gate status.
func (g GateStatus) IsValid() bool { return gateStatusNames.Valid(g) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (g GateStatus) MarshalText() ([]byte, error) { return gateStatusNames.MarshalText(g) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (g *GateStatus) UnmarshalText(text []byte) error {
	val, err := gateStatusNames.Parse(text)
	*g = val
	return err
}

// ParseGateStatus parses a gate status code.
func ParseGateStatus(s string) (GateStatus, error) { return gateStatusNames.Parse([]byte(s)) }

// GateResult is the state of one gate with the findings of its rules.
//
// The zero GateResult is unspecified.
type GateResult struct {
	Gate     Gate             `json:"gate"`
	Status   GateStatus       `json:"status"`
	Findings []lawgov.Finding `json:"findings"`
}

// Summary is the dashboard view of one decision: how the regulation applies
// to it and the state of each of the five gates (「过五关」), in order.
//
// The zero Summary is unspecified.
type Summary struct {
	Decision      string        `json:"decision"` // the decision's ID
	Applicability Applicability `json:"applicability"`
	Gates         [5]GateResult `json:"gates"`
	OK            bool          `json:"ok"` // no finding of the report failed
}

// gateState reports whether d records the step behind gate g, whether the
// step is finished (a review with its opinion), and whether the record
// makes it required.
func gateState(d *Decision, g Gate) (present, finished, required bool) {
	switch g {
	case GateParticipation:
		return d.Participation != nil, true, !d.NonPublic
	case GateExperts:
		return d.Experts != nil, true, d.Technical
	case GateRisk:
		return d.Risk != nil, true, d.StabilityRisk
	case GateReview:
		return d.Review != nil, d.Review != nil && !d.Review.Opinion.IsZero(), true
	case GateDiscussion:
		return d.Discussion != nil, true, true
	}
	return false, false, false
}

// Summarize folds report r, made by p.Check on d, into the five gates. A
// gate whose step is recorded is Failed when one of its rules failed (a
// legality review that found the draft unlawful, or whose opinion lacks a
// conclusion, fails its gate), and Missing when its step is not; otherwise
// it is Passed when its step is done, Pending when the step is under way
// or required but not yet due as of r.AsOf, Missing when required and due
// but not done, and NotRequired when the record does not require it.
func (p Procedure) Summarize(d Decision, r lawgov.Report) Summary {
	s := Summary{Decision: d.ID, Applicability: d.Applicability(), OK: r.OK()}
	var failed [6]bool
	for i, st := range p.steps {
		g := st.gate
		if g == GateUnspecified || i >= len(r.Findings) || r.Findings[i].Rule != st.rule.ID {
			continue
		}
		f := r.Findings[i]
		s.Gates[g-1].Findings = append(s.Gates[g-1].Findings, f)
		failed[g] = failed[g] || f.Outcome == lawgov.Fail
	}
	excluded := d.Exclusion != ExclusionUnspecified
	for i := range s.Gates {
		g := &s.Gates[i]
		g.Gate = Gate(i + 1)
		present, finished, required := gateState(&d, g.Gate)
		switch {
		case failed[g.Gate] && present:
			g.Status = GateFailed
		case failed[g.Gate]:
			g.Status = GateMissing
		case excluded || !required && !present:
			g.Status = GateNotRequired
		case present && finished:
			g.Status = GatePassed
		case present:
			g.Status = GatePending
		case d.Reached(gateDue(g.Gate), r.AsOf):
			g.Status = GateMissing
		default:
			g.Status = GatePending
		}
	}
	return s
}

// gateDue returns the stage by which the step of gate g is due.
func gateDue(g Gate) Stage {
	switch g {
	case GateReview:
		return StageDiscussion
	case GateDiscussion:
		return StagePublication
	}
	return StageReview
}

// Answer is the answer to a question such as "may the draft go to the
// meeting?", with the reason in Chinese and the findings it rests on.
//
// The zero Answer is a "no" without reasons.
type Answer struct {
	OK       bool             `json:"ok"`
	Reason   string           `json:"reason"` // Chinese, e.g. 「不得提交决策机关讨论：合法性审查未通过」
	Findings []lawgov.Finding `json:"findings"`
}

// String returns the reason.
func (a Answer) String() string { return a.Reason }

// CanSubmitForDiscussion answers whether d's draft may be submitted to the
// executive or plenary meeting as of asOf: no rule due before the meeting
// ([StageLaunch], [StageReview], [StageDiscussion]) fails, a missing step
// counted as failing. That covers the seed gate 「未按规定履行公众参与、专家论证、
// 风险评估等程序一律不予合法性审查」, the review itself (第二十五条第二款, 「未经合法性
// 审查一律不上会研究」: reviewed and found lawful, or an exploratory reform matter
// whose legal risk is stated), the time left to the reviewer (第二十六条第二款)
// and the materials of 第二十九条. Notices do not stop it. The findings are
// those that stop it (none for a yes), and the notice of a provisional
// calendar year counted on. The answer comes from [Procedure.Verdict]: a
// yes allocates nothing; a no renders the messages of the rules that stop
// it.
func (p Procedure) CanSubmitForDiscussion(d Decision, asOf lawgov.Date, cal *lawgov.Calendar) (Answer, error) {
	return p.answer(d, asOf, cal, StageDiscussion, "可以提交决策机关讨论", "不得提交决策机关讨论：")
}

// CanPublish answers whether d may be published as of asOf: no rule due
// before the decision is issued fails (those of CanSubmitForDiscussion,
// the meeting of 第三十条, an uncontrollable risk addressed under 第二十四条,
// the report to the party committee of 第三十一条 and to the people's
// congress standing committee where required, 第八条). A decision lawfully
// not made public may never be published.
func (p Procedure) CanPublish(d Decision, asOf lawgov.Date, cal *lawgov.Calendar) (Answer, error) {
	if d.NonPublic {
		if err := d.Validate(); err != nil {
			return Answer{}, err
		}
		return Answer{Reason: "不得公布：决策事项依法不予公开（第三十二条）"}, nil
	}
	return p.answer(d, asOf, cal, StagePublication, "可以公布", "不得公布：")
}

func (p Procedure) answer(d Decision, asOf lawgov.Date, cal *lawgov.Calendar, by Stage, yes, no string) (Answer, error) {
	var v lawgov.Verdict
	if err := p.run(&d, asOf, cal, true, nil, &v); err != nil {
		return Answer{}, err
	}
	stops := func(i int) bool {
		return p.steps[i].due <= by && v.Outcome(i) == lawgov.Fail && v.Severity(i) > lawgov.Notice
	}
	ok := true
	for i := range v.Failures() {
		ok = ok && !stops(i)
	}
	if ok && d.Exclusion == ExclusionUnspecified && !v.Provisional() {
		return Answer{OK: true, Reason: yes, Findings: []lawgov.Finding{}}, nil
	}
	// The messages are wanted: of the rules that stop the draft, of the
	// scope of an excluded decision, or of a provisional year counted.
	var r lawgov.Report
	if err := p.run(&d, asOf, cal, true, &r, nil); err != nil {
		return Answer{}, err
	}
	provisional := r.Find(lawgov.RuleProvisionalCalendar().ID)
	if d.Exclusion != ExclusionUnspecified {
		return Answer{OK: true, Reason: yes + "（决策事项属于" + d.Exclusion.Label() + "，不适用本条例）",
			Findings: append(r.Find(RuleScope), provisional...)}, nil
	}
	a := Answer{OK: ok, Reason: yes, Findings: []lawgov.Finding{}}
	if !ok {
		reason := no
		for i := range v.Failures() {
			if !stops(i) {
				continue
			}
			f := r.Findings[i]
			if len(a.Findings) > 0 {
				reason += "；"
			}
			a.Findings = append(a.Findings, f)
			reason += f.Title + "（" + f.Message + "）"
		}
		a.Reason = reason
	}
	a.Findings = append(a.Findings, provisional...) // a provisional year counted
	return a, nil
}
