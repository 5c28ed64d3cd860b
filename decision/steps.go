package decision

import (
	"github.com/fazhi-go/fazhi/internal/enum"
	"github.com/fazhi-go/fazhi/lawgov"
)

// RiskResult is the conclusion of a risk assessment (风险评估结论).
// The zero RiskResult is unspecified; an assessment must state one.
type RiskResult uint8

// The values of RiskResult.
const (
	RiskResultUnspecified RiskResult = iota
	Controllable                     // 风险可控
	Uncontrollable                   // 风险不可控
)

var riskResultNames = enum.New[RiskResult]("decision", "risk result", "RiskResult", []enum.Entry{
	Controllable:   {Code: "controllable", Label: "风险可控"},
	Uncontrollable: {Code: "uncontrollable", Label: "风险不可控"},
})

// String returns the stable code ("controllable", "uncontrollable").
func (r RiskResult) String() string { return riskResultNames.String(r) }

// Label returns the Chinese label (风险可控, 风险不可控).
func (r RiskResult) Label() string { return riskResultNames.Label(r) }

// IsValid reports whether r is a defined risk result.
func (r RiskResult) IsValid() bool { return riskResultNames.Valid(r) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (r RiskResult) MarshalText() ([]byte, error) { return riskResultNames.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (r *RiskResult) UnmarshalText(text []byte) error {
	val, err := riskResultNames.Parse(text)
	*r = val
	return err
}

// ParseRiskResult parses a risk result code.
func ParseRiskResult(s string) (RiskResult, error) { return riskResultNames.Parse([]byte(s)) }

// Verdict is one conclusion of a legality review opinion (审查结论).
// The zero Verdict means the opinion did not state a conclusion.
type Verdict uint8

// The values of Verdict.
const (
	VerdictUnspecified Verdict = iota
	Compliant                  // 符合
	NonCompliant               // 不符合
)

var verdictNames = enum.New[Verdict]("decision", "verdict", "Verdict", []enum.Entry{
	Compliant:    {Code: "compliant", Label: "符合"},
	NonCompliant: {Code: "non_compliant", Label: "不符合"},
})

// String returns the stable code ("compliant", "non_compliant").
func (v Verdict) String() string { return verdictNames.String(v) }

// Label returns the Chinese label (符合, 不符合).
func (v Verdict) Label() string { return verdictNames.Label(v) }

// IsValid reports whether v is a defined verdict.
func (v Verdict) IsValid() bool { return verdictNames.Valid(v) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (v Verdict) MarshalText() ([]byte, error) { return verdictNames.MarshalText(v) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (v *Verdict) UnmarshalText(text []byte) error {
	val, err := verdictNames.Parse(text)
	*v = val
	return err
}

// ParseVerdict parses a verdict code.
func ParseVerdict(s string) (Verdict, error) { return verdictNames.Parse([]byte(s)) }

// Channel is a channel through which a decision is published (公布途径, 第三十二条).
// The zero Channel is unspecified.
type Channel uint8

// The values of Channel.
const (
	ChannelUnspecified Channel = iota
	Gazette                    // 本级人民政府公报
	Website                    // 政府网站
	Newspaper                  // 本行政区域内发行的报纸
	OtherChannel               // 其他途径
)

var channelNames = enum.New[Channel]("decision", "channel", "Channel", []enum.Entry{
	Gazette:      {Code: "gazette", Label: "本级人民政府公报"},
	Website:      {Code: "website", Label: "政府网站"},
	Newspaper:    {Code: "newspaper", Label: "本行政区域内发行的报纸"},
	OtherChannel: {Code: "other", Label: "其他途径"},
})

// String returns the stable code ("gazette", "website", "newspaper", "other").
func (c Channel) String() string { return channelNames.String(c) }

// Label returns the Chinese label (本级人民政府公报, 政府网站, 本行政区域内发行的报纸, 其他途径).
func (c Channel) Label() string { return channelNames.Label(c) }

// IsValid reports whether c is a defined channel.
func (c Channel) IsValid() bool { return channelNames.Valid(c) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (c Channel) MarshalText() ([]byte, error) { return channelNames.MarshalText(c) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (c *Channel) UnmarshalText(text []byte) error {
	val, err := channelNames.Parse(text)
	*c = val
	return err
}

// ParseChannel parses a channel code.
func ParseChannel(s string) (Channel, error) { return channelNames.Parse([]byte(s)) }

// Step is a step of the decision procedure, as recorded in the archive (决策程序环节).
// The zero Step is unspecified.
type Step uint8

// The values of Step.
const (
	StepUnspecified   Step = iota
	StepParticipation      // 公众参与
	StepHearing            // 听证会
	StepExperts            // 专家论证
	StepRisk               // 风险评估
	StepReview             // 合法性审查
	StepDiscussion         // 集体讨论决定
	StepPartyReport        // 向同级党委请示报告
	StepPublication        // 决策公布
	StepArchive            // 归档
	StepEvaluation         // 决策后评估
)

var stepNames = enum.New[Step]("decision", "step", "Step", []enum.Entry{
	StepParticipation: {Code: "participation", Label: "公众参与"},
	StepHearing:       {Code: "hearing", Label: "听证会"},
	StepExperts:       {Code: "experts", Label: "专家论证"},
	StepRisk:          {Code: "risk", Label: "风险评估"},
	StepReview:        {Code: "review", Label: "合法性审查"},
	StepDiscussion:    {Code: "discussion", Label: "集体讨论决定"},
	StepPartyReport:   {Code: "party_report", Label: "向同级党委请示报告"},
	StepPublication:   {Code: "publication", Label: "决策公布"},
	StepArchive:       {Code: "archive", Label: "归档"},
	StepEvaluation:    {Code: "evaluation", Label: "决策后评估"},
})

// String returns the stable code ("participation", "hearing", "experts", "risk", "review", "discussion", "party_report", "publication", "archive", "evaluation").
func (s Step) String() string { return stepNames.String(s) }

// Label returns the Chinese label (公众参与, 听证会, 专家论证, 风险评估, 合法性审查, 集体讨论决定, 向同级党委请示报告, 决策公布, 归档, 决策后评估).
func (s Step) Label() string { return stepNames.Label(s) }

// IsValid reports whether s is a defined step.
func (s Step) IsValid() bool { return stepNames.Valid(s) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (s Step) MarshalText() ([]byte, error) { return stepNames.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (s *Step) UnmarshalText(text []byte) error {
	val, err := stepNames.Parse(text)
	*s = val
	return err
}

// ParseStep parses a step code.
func ParseStep(s string) (Step, error) { return stepNames.Parse([]byte(s)) }

// Trigger is a circumstance in which a post-decision evaluation may be organised (第三十六条).
// The zero Trigger is unspecified.
type Trigger uint8

// The values of Trigger.
const (
	TriggerUnspecified Trigger = iota
	NotAsExpected              // 明显未达到预期效果: item (一)
	ManyOpinions               // 公民、法人或者其他组织提出较多意见: item (二)
	DeemedNecessary            // 决策机关认为有必要: item (三)
)

var triggerNames = enum.New[Trigger]("decision", "trigger", "Trigger", []enum.Entry{
	NotAsExpected:   {Code: "not_as_expected", Label: "明显未达到预期效果"},
	ManyOpinions:    {Code: "many_opinions", Label: "公民、法人或者其他组织提出较多意见"},
	DeemedNecessary: {Code: "deemed_necessary", Label: "决策机关认为有必要"},
})

// String returns the stable code ("not_as_expected", "many_opinions", "deemed_necessary").
func (t Trigger) String() string { return triggerNames.String(t) }

// Label returns the Chinese label (明显未达到预期效果, 公民、法人或者其他组织提出较多意见, 决策机关认为有必要).
func (t Trigger) Label() string { return triggerNames.Label(t) }

// IsValid reports whether t is a defined trigger.
func (t Trigger) IsValid() bool { return triggerNames.Valid(t) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (t Trigger) MarshalText() ([]byte, error) { return triggerNames.MarshalText(t) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (t *Trigger) UnmarshalText(text []byte) error {
	val, err := triggerNames.Parse(text)
	*t = val
	return err
}

// ParseTrigger parses a trigger code.
func ParseTrigger(s string) (Trigger, error) { return triggerNames.Parse([]byte(s)) }

// Unit is a unit that undertakes a decision (决策承办单位). When two or more
// units undertake one decision, exactly one of them leads (牵头, 第十一条).
//
// The zero Unit is invalid: a unit has a name.
type Unit struct {
	Name string `json:"name" validate:"required,max=128"`
	Lead bool   `json:"lead,omitempty"`
}

// Participation records the public participation step (公众参与, 第十四条至第十八条):
// the call for comments and what became of the comments.
//
// The zero Participation is invalid: a call has a start and an end.
type Participation struct {
	Methods       []string    `json:"methods,omitempty"` // e.g. 网上公开征求意见, 座谈会
	CallPublished lawgov.Date `json:"call_published" validate:"isvalid"`
	CallClosed    lawgov.Date `json:"call_closed" validate:"isvalid"`
	// ShortenedReason is the reason for a period shorter than the minimum
	// (「因情况紧急等原因需要缩短期限的」), and ReasonStated the day it was made
	// public. 第十五条 requires it to be stated with the call, so a reason stated
	// after CallPublished does not count.
	ShortenedReason  string      `json:"shortened_reason,omitempty"`
	ReasonStated     lawgov.Date `json:"reason_stated,omitempty"`
	OpinionsReceived int         `json:"opinions_received" validate:"min=0"`
	AdoptionRecorded bool        `json:"adoption_recorded"` // 研究采纳情况 recorded (第十八条, 第二十九条)
	// GroupsConsulted records the consultation of the people's
	// organisations, social organisations and representatives of a specific
	// group whose interests the matter concerns (第十四条第三款).
	GroupsConsulted bool `json:"groups_consulted,omitempty"`
}

// Hearing records a hearing (听证会, 第十六条, 第十七条). Holding one is
// optional; when one is held the draft, its explanation and the time and
// place are published beforehand (NoticePublished, 第十六条第二款), the
// participant list is published beforehand, the materials are delivered to
// the participants at least 7 days before (「听证会材料应当于召开听证会7日前送达
// 听证参加人」, calendar days; 第十六条第三款), and the participants confirm and
// sign the record (第十七条第（三）项).
//
// The zero Hearing is invalid: a hearing has a date.
type Hearing struct {
	Held                  lawgov.Date `json:"held" validate:"isvalid"`
	NoticePublished       lawgov.Date `json:"notice_published,omitzero"` // 决策草案及其说明、听证时间地点公布
	MaterialsDelivered    lawgov.Date `json:"materials_delivered,omitempty"`
	ParticipantsPublished lawgov.Date `json:"participants_published,omitempty"`
	RecordSigned          bool        `json:"record_signed,omitempty"` // 听证参加人确认听证会记录并签字
}

// Expert is one expert or professional body that argued a decision
// (论证专家、专业机构).
//
// The zero Expert is invalid: an expert has a name.
type Expert struct {
	Name           string `json:"name" validate:"required,max=128"`
	Institution    string `json:"institution,omitempty"`
	DirectInterest bool   `json:"direct_interest,omitempty"` // 与决策事项有直接利害关系 (第二十条)
	Signed         bool   `json:"signed"`                    // written opinion signed or sealed (第十九条)
}

// Experts records the expert argumentation step (专家论证, 第十九条至第二十一条).
//
// The zero Experts is invalid: it has a completion date.
type Experts struct {
	Experts   []Expert    `json:"experts" validate:"dive"`
	Completed lawgov.Date `json:"completed" validate:"isvalid"`
}

// RiskAssessment records the risk assessment step (风险评估, 第二十二条至第二十四条).
// Existing names an assessment already made under other rules, which is not
// repeated (「不作重复评估」); Completed is then that assessment's date.
//
// The zero RiskAssessment is invalid: it has a date and a result.
type RiskAssessment struct {
	Completed     lawgov.Date `json:"completed" validate:"isvalid"`
	Existing      string      `json:"existing,omitempty"`
	Result        RiskResult  `json:"result" validate:"isvalid"`
	DraftAdjusted bool        `json:"draft_adjusted,omitempty"` // 调整决策草案 after 风险不可控 (第二十四条)
	// Report is the risk assessment report (风险评估报告, 第二十三条第二款);
	// nil when none is recorded.
	Report *RiskReport `json:"report,omitempty"`
}

// RiskReport is what a risk assessment report records under 第二十三条第二款:
// 「开展风险评估，应当听取有关部门的意见，形成风险评估报告，明确风险点，提出风险防范措施和处置预案」.
//
// The zero RiskReport records a report that has none of them.
type RiskReport struct {
	DepartmentsHeard bool `json:"departments_heard"` // 听取有关部门的意见
	RiskPoints       bool `json:"risk_points"`       // 明确风险点
	Measures         bool `json:"measures"`          // 风险防范措施
	ContingencyPlan  bool `json:"contingency_plan"`  // 处置预案
}

// AdviserOpinion is an opinion of a legal adviser or public-sector lawyer
// given during the legality review (法律顾问、公职律师意见, 第二十八条).
//
// The zero AdviserOpinion is invalid: it names the adviser.
type AdviserOpinion struct {
	Adviser string      `json:"adviser" validate:"required,max=128"`
	Given   lawgov.Date `json:"given,omitempty"`
}

// LegalityReview records the legality review (合法性审查, 第二十五条至第二十八条).
// Opinion is zero while the review is pending. The three verdicts are the
// conclusions on 法定权限, 法定程序 and content (第二十七条); the draft is lawful
// when all three are Compliant.
//
// The zero LegalityReview is invalid: a review has a submission date.
type LegalityReview struct {
	Reviewer  string      `json:"reviewer,omitempty"` // 负责合法性审查的部门
	Submitted lawgov.Date `json:"submitted" validate:"isvalid"`
	Opinion   lawgov.Date `json:"opinion,omitempty"`
	// ByCommentRound records that only comments were sought from the
	// review body: 「不得以征求意见等方式代替合法性审查」 (第二十五条第一款).
	ByCommentRound  bool             `json:"by_comment_round,omitempty"`
	Authority       Verdict          `json:"authority,omitempty"`         // (一) 法定权限
	Procedure       Verdict          `json:"procedure,omitempty"`         // (二) 法定程序
	Content         Verdict          `json:"content,omitempty"`           // (三) 内容
	Exploratory     bool             `json:"exploratory,omitempty"`       // 国家尚无明确规定的探索性改革决策事项 (第二十五条第二款)
	LegalRiskStated bool             `json:"legal_risk_stated,omitempty"` // 明示法律风险 (第二十五条第二款)
	AdviserOpinions []AdviserOpinion `json:"adviser_opinions,omitempty" validate:"dive"`
	// ShortTimeReason is the reason, recorded when the draft was sent, for
	// leaving the reviewer less than the minimum time before the meeting
	// (the 「一般」 of 第二十六条第二款).
	ShortTimeReason string `json:"short_time_reason,omitempty"`
}

// Lawful reports whether the opinion has been given, by a review rather than
// a comment round, and found the draft compliant on authority, procedure and
// content.
func (r LegalityReview) Lawful() bool {
	return !r.Opinion.IsZero() && !r.ByCommentRound &&
		r.Authority == Compliant && r.Procedure == Compliant && r.Content == Compliant
}

// Complete reports whether the opinion states all three conclusions of
// 第二十七条.
func (r LegalityReview) Complete() bool {
	return r.Authority != VerdictUnspecified && r.Procedure != VerdictUnspecified && r.Content != VerdictUnspecified
}

// PartyReport records the report to the party committee at the same level
// before the decision is issued (向同级党委请示报告, 第三十一条).
//
// The zero PartyReport is invalid: it has a date.
type PartyReport struct {
	Reported lawgov.Date `json:"reported" validate:"isvalid"`
}

// Publication records the publication of the decision (决策公布, 第三十二条).
//
// The zero Publication is invalid: it has a date.
type Publication struct {
	Published lawgov.Date `json:"published" validate:"isvalid"`
	Channels  []Channel   `json:"channels" validate:"dive,isvalid"`
	// AdoptionExplained records that the publication explained how the
	// public's opinions and the experts' opinions were adopted, which
	// 第三十二条 requires for decisions of wide public concern or of a
	// specialised or technical nature.
	AdoptionExplained bool `json:"adoption_explained,omitempty"`
}

// Archive records the archiving of the process records and materials
// (过程记录和材料归档, 第三十三条): the date and the steps whose records were
// archived.
//
// The zero Archive is invalid: it has a date.
type Archive struct {
	Archived lawgov.Date `json:"archived" validate:"isvalid"`
	Steps    []Step      `json:"steps" validate:"dive,isvalid"`
}

// Evaluation records a post-decision evaluation (决策后评估, 第三十六条): its
// start, the circumstances that prompted it and the evaluator. An evaluator
// that did the main argumentation or assessment work before the decision is
// not independent (EvaluatorArguedDraft).
//
// The zero Evaluation is invalid: it has a start date.
type Evaluation struct {
	Started              lawgov.Date `json:"started" validate:"isvalid"`
	Triggers             []Trigger   `json:"triggers" validate:"dive,isvalid"`
	Evaluator            string      `json:"evaluator,omitempty"`
	EvaluatorArguedDraft bool        `json:"evaluator_argued_draft,omitempty"`
}

// Consultation records the consultation of the departments and lower-level
// governments whose duties the matter concerns (与有关单位充分协商, 第十三条).
// When they do not agree, the undertaking unit explains the dispute to the
// decision-making body: the main questions, the units' opinions and its
// own opinion, reasons and grounds.
//
// The zero Consultation is invalid: it has a completion date.
type Consultation struct {
	Units            []string    `json:"units,omitempty"` // the units consulted
	Completed        lawgov.Date `json:"completed" validate:"isvalid"`
	Disputed         bool        `json:"disputed,omitempty"`          // 不能取得一致意见
	DisputeExplained bool        `json:"dispute_explained,omitempty"` // 向决策机关说明争议的主要问题和各方意见
}

// CongressReport records the report of the decision to the standing
// committee of the people's congress at the same level, or its submission
// for the congress to decide, where laws or regulations require it
// (第八条第一款).
//
// The zero CongressReport is invalid: it has a date.
type CongressReport struct {
	Reported lawgov.Date `json:"reported" validate:"isvalid"`
}

// Material is a material the undertaking unit submits with the draft for
// discussion (报送讨论的材料, 第二十九条). The zero Material is unspecified.
type Material uint8

// The values of Material, by item of 第二十九条.
const (
	MaterialUnspecified     Material = iota
	MaterialDraft                    // (一) 决策草案及相关材料
	MaterialFairCompetition          // (一) 公平竞争审查的有关情况
	MaterialOpinionAdoption          // (二) 社会公众提出的主要意见的研究采纳情况
	MaterialExpertAdoption           // (三) 专家论证意见的研究采纳情况
	MaterialRiskReport               // (四) 风险评估报告等有关材料
	MaterialReviewOpinion            // (五) 合法性审查意见
)

var materialNames = enum.New[Material]("decision", "material", "Material", []enum.Entry{
	MaterialDraft:           {Code: "draft", Label: "决策草案及相关材料"},
	MaterialFairCompetition: {Code: "fair_competition", Label: "公平竞争审查的有关情况"},
	MaterialOpinionAdoption: {Code: "opinion_adoption", Label: "社会公众主要意见的研究采纳情况"},
	MaterialExpertAdoption:  {Code: "expert_adoption", Label: "专家论证意见的研究采纳情况"},
	MaterialRiskReport:      {Code: "risk_report", Label: "风险评估报告"},
	MaterialReviewOpinion:   {Code: "review_opinion", Label: "合法性审查意见"},
})

// String returns the stable code ("draft", "fair_competition", "opinion_adoption", "expert_adoption", "risk_report", "review_opinion").
func (m Material) String() string { return materialNames.String(m) }

// Label returns the Chinese label (决策草案及相关材料, 公平竞争审查的有关情况, 社会公众主要意见的研究采纳情况, 专家论证意见的研究采纳情况, 风险评估报告, 合法性审查意见).
func (m Material) Label() string { return materialNames.Label(m) }

// IsValid reports whether m is a defined material.
func (m Material) IsValid() bool { return materialNames.Valid(m) }

// MarshalText implements encoding.TextMarshaler; the unspecified value
// encodes as the empty string.
func (m Material) MarshalText() ([]byte, error) { return materialNames.MarshalText(m) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the codes
// of String and the empty string (unspecified).
func (m *Material) UnmarshalText(text []byte) error {
	val, err := materialNames.Parse(text)
	*m = val
	return err
}

// ParseMaterial parses a material code.
func ParseMaterial(s string) (Material, error) { return materialNames.Parse([]byte(s)) }
