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
// answer with their reasons.
//
// # Periods
//
// The comment period (第十五条, 30 days) and the hearing notice (第十六条, 7
// days before) are calendar days; the review time (第二十六条, 7 working days)
// is counted on the official calendar ([lawgov.Calendar.WorkdaysBetween]).
// The regulation has no conversion clause, so its 「日」 are calendar days.
//
// # Normative documents
//
// A [Document] goes through drafting, comment, legality review, collective
// deliberation, 三统一, publication, filing, validity and cleanup.
// [DocumentRules] holds the parameters the national texts leave to each
// jurisdiction (the filing deadline of normative documents, the wording of
// 三统一); [UsableAsBasis] tells whether a document may be relied on; the
// filing rates (报备率, 备案及时率, 规范率) and cleanup outcomes are counts
// with [lawgov.Rate].
//
// # What decision is not for
//
// It does not decide whether a matter is major: the caller records the
// matter type and the flags. It does not read the clock: every check takes
// an as-of date. It does not judge the content of a draft; it checks the
// procedure that was followed.
package decision
