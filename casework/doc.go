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
// # Tallies and definitions
//
// A [Tally] is a plain struct of int64 counters whose zero value is ready to
// use. [Tally.Add] counts one record, [Tally.AddRecords] a slice of them,
// [Tally.Merge] adds another tally; [ByUnit] and [ByYear] group records, a
// carried-over case (上年结转) counting in the year it concludes.
// [Definition.Apply] turns a tally into a lawgov.Rate with its counts;
// [Definitions] lists the definitions in use, each with its source.
// Outcome classes (direct correction, mediation and settlement, withdrawal,
// loss) are a [Classes] value that a Definition may override where the
// classification is not settled.
//
// # Published figures
//
// [FitRate], [Numerators] and [PriorCounts] check a published figure against
// counts: which rounding reproduces it, which numerators or prior-year counts
// would. A figure that no integer count reproduces is reported as such.
// [ParseChange] reads a report's year-over-year phrase and reports the form
// 「率…上升X%」 without 「个百分点」 as ambiguous.
//
// # Deadlines
//
// [CheckReconsideration] and [CheckLitigation] apply the time limits of the
// 行政复议法 (2023) and the 行政诉讼法 to one case as of a date, with the
// official calendar, and return findings that state the dates compared and
// cite the articles. [Rules] lists them.
//
// # Numbers
//
// Counts are int64; rates are exact lawgov.Rate values rounded once, at the
// formatting edge, half up (四舍五入) unless a report is shown to truncate.
// No floating point is used anywhere.
package casework
