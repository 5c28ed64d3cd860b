// Package decision checks the procedure of major administrative decisions
// (重大行政决策) under 重大行政决策程序暂行条例 (国务院令第713号) and the life of
// normative documents (行政规范性文件) and government rules (规章).
//
// # Decisions
//
// A [Decision] is the record a government keeps: the body and its level,
// the matter, the catalogue entry, the undertaking units, the flags that make
// steps required, and each step with its dates. A [Procedure] is an ordered
// set of rules, each a [lawgov.Rule] with its check; [National] follows
// 国务院令第713号. A region derives its own procedure as a new value:
//
//	p, err := decision.National().Derive("某省重大行政决策程序规定", basis, effective,
//		decision.ReviewDays(10, basis.Art(20)))
//
// [Procedure.Check] returns one finding per rule, in order, each stating
// the facts compared (「征求意见 2024-09-30 至 2024-10-20，共20日，少于30日，且未在
// 征求意见时说明缩短理由」). The gates of the source reports are rules: the
// legality review only after the required earlier steps (「未按规定履行公众参与、
// 专家论证、风险评估等程序一律不予合法性审查」), the meeting only after a passed review
// (第二十五条, 「未经合法性审查一律不上会研究」), publication only after the decision.
// [Procedure.Summarize] folds a report into the five gates (「过五关」) for a
// dashboard; [Procedure.CanSubmitForDiscussion] and [Procedure.CanPublish]
// answer with their reasons. [Procedure.Verdict] gives the outcome of every
// rule without the messages, allocating nothing, and the answers come from
// it; [Procedure.CheckInto] writes a report into one the caller keeps.
//
// # In force on a date
//
// A procedure applies from its effective date. A derived procedure keeps the
// one it was derived from, which judges the steps taken before the derived
// one took effect; before 2019-09-01 (第四十四条) the national procedure does
// not apply at all. Each rule is judged by the procedure in force on the date
// of the step it looks at (the review time on the day the draft was sent, the
// meeting rules on the day of the meeting), and the finding's Source names
// that procedure. [Procedure.At] resolves the procedure of a jurisdiction in
// force on a date. A rule pack whose values carry effective ranges feeds
// this by deriving one procedure per date on which a value changes.
//
// # Stages
//
// Each rule falls due at a [Stage]: at launch, before the legality review,
// before the meeting, at the meeting, before the decision is issued (出台前)
// or after the decision. A step that is missing or unfinished is not a
// violation before its stage: the finding is not applicable and says when
// the step falls due, so a record under way has no violations.
// CanSubmitForDiscussion fails on any rule due before the meeting that is not
// met, a missing step included; CanPublish on any rule due before issue.
// Publication and archiving are due 「及时」 after the decision; the national
// procedure gives no period, so a late one is a notice stating the days
// elapsed, and a jurisdiction that fixes one derives it ([PublishWithin],
// [ArchiveWithin]).
//
// # Periods
//
// The comment period (第十五条, 30 days) and the hearing notice (第十六条, 7
// days before) are calendar days; the review time (第二十六条, 7 working days)
// is a duty of the sender, counted on the official calendar
// ([lawgov.Calendar.WorkdaysBetween]) from the day after the draft was sent
// to the meeting. The regulation has no conversion clause, so its 「日」 are
// calendar days.
//
// # Normative documents
//
// A [Document] goes through drafting, comment, legality review, collective
// deliberation, 三统一, publication, filing, validity and cleanup.
// [DocumentRules] holds the parameters the national texts leave to each
// jurisdiction (the filing deadline of normative documents, the wording of
// 三统一); [UsableAsBasis] tells whether a document may be relied on; the
// filing rates (报备率, 备案及时率, 规范率) and cleanup outcomes are counts
// with [lawgov.Rate]. The follow-ups of filing a 规章 under 法规规章备案审查条例
// (2024, in force from 2024-11-01) are rules too: a deferred filing
// supplemented within 15 days (第九条第二款), a correction reported within 30 days
// (第二十一条), and the annual list by January 31 ([CheckAnnualList], 第二十二条).
//
// # What decision is not for
//
// It does not decide whether a matter is major: the caller records the
// matter type and the flags. It does not read the clock: every check takes
// an as-of date. It does not judge the content of a draft; it checks the
// procedure that was followed.
package decision
