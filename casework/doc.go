// Package casework counts administrative reconsideration (行政复议) and
// administrative litigation (行政应诉) cases and turns the counts into the
// rates that annual rule-of-law reports publish: 纠错率, 调解率, 撤回率,
// 维持率, 结案率, 败诉率, 胜诉率, 撤诉率 and 出庭应诉率.
//
// Reports and platforms compute these figures differently: 纠错率 is taken
// over concluded cases in local reports and over cases decided on the merits
// in national figures; 败诉率 over all concluded cases or over substantive
// judgments only; 出庭应诉率 over instances tried in court. This package makes
// every such choice an explicit, named, cited [Definition], so that two
// systems given the same cases print the same figure, and every figure can be
// explained by its counts ("14/252").
//
// It is not a case-management system: it does not store cases, track
// documents or decide outcomes. It reads case records a host already has.
//
// # Cases and records
//
// [Reconsideration] and [Litigation] are the input records, with validate
// tags and code checks; their Validate methods return a
// *lawgov.InvalidInputError naming every bad field. Their Record methods
// compact a case into a 16-byte [Record] that a [Tally] counts. Each
// litigation record is one instance (审级): appearance of a qualifying
// responsible person is counted once per instance.
//
// # Batches
//
// [Cases] is a batch as a host sends it. [Cases.Records] validates every
// case and rejects the batch, naming every bad field and every repeated
// case (a reconsideration ID, or a litigation ID and instance, given
// twice), so that nothing is counted twice. Case dates before the statutes
// existed (行政诉讼法 in force 1990-10-01, 行政复议条例 1991-01-01) are
// invalid input. [Summarize] is the one call an annual report needs: every
// shipped definition for a year and the year before, with counts, rates,
// the change in points and the relative change of the numerator.
//
// # Tallies and definitions
//
// A [Tally] is a plain struct of int64 counters whose zero value is ready to
// use. [Tally.Add] counts one record, [Tally.AddRecords] a slice of them,
// [Tally.Merge] adds another tally; [ByUnit] and [ByYear] group records, a
// carried-over case (上年结转) counting in the year it concludes, and
// [TallyYear] counts one year. Their cost is linear in the records, never
// in the span of years between them.
// [Definition.Apply] turns a tally into a lawgov.Rate with its counts;
// [Definitions] lists the definitions in use, each with its source, and a
// Definition marshals to JSON by stable codes, so a host can keep its own.
// Outcome classes (direct correction, mediation and settlement, withdrawal,
// loss) are a [Classes] value that a Definition may override where the
// classification is not settled. Nothing wraps: a merge or a sum that does
// not fit in an int64 is an error wrapping [ErrOverflow] that names the
// counts.
//
// # Published figures
//
// [FitRate], [Numerators] and [PriorCounts] check a published figure against
// counts: which rounding reproduces it, which numerators or prior-year counts
// would, exactly for any int64 counts. A figure that no integer count
// reproduces is reported as such.
// [ParseChange] reads a report's year-over-year phrase and reports the form
// 「率…上升X%」 without 「个百分点」 as ambiguous.
//
// # Time limits and appearance
//
// [CheckReconsideration] applies every time limit of the 行政复议法 (2023)
// to one case as of a date, with the official calendar: the application
// window and its caps (第二十条、第二十一条), the correction notice and
// period with 视为放弃 (第三十一条), the acceptance review, restarted when
// the supplied materials arrive (第三十条), the copy to the respondent and
// its reply (第四十八条、第五十四条), the decision period with suspensions
// and extensions (第六十二条), termination after a sixty-day suspension
// (第四十一条第（五）项) and the opinion letter (第七十六条).
// [CheckLitigation] applies the trial periods, the suit windows of
// 行政诉讼法 第四十五条、第四十六条, the appearance a case of major public
// interest requires, and the bar on hearings attended by lawyers only.
// Each finding states the dates compared and cites the articles; [Rules]
// lists the rules and [LookupRule] returns one, each call a fresh copy.
// [ReconsiderationVerdict] and [LitigationVerdict] give the outcomes alone
// (a lawgov.Verdict, by position in [ReconsiderationRuleIDs] and
// [LitigationRuleIDs]) without allocating, for a host that renders the
// messages only of the cases that miss a limit; [CheckReconsiderationInto]
// and [CheckLitigationInto] reuse one report from case to case.
// [Limits] holds the readings a host may choose where the statute is open
// (how an extension is counted when the sixtieth day rolls forward).
//
// # Numbers
//
// Counts are int64; rates are exact lawgov.Rate values rounded once, at the
// formatting edge, half up (四舍五入) unless a report is shown to truncate.
// No floating point is used anywhere.
package casework
