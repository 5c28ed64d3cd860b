// Package lawgov is the shared vocabulary of rule-of-law government work
// (法治政府建设): civil dates, statutory periods (期间) on the official
// working-day calendar, citations of legal provisions, rules and their
// findings, and exact rates. The packages casework, decision and
// enforcement build on it; lawgov imports none of them.
//
// # Dates and periods
//
// A [Date] is a calendar day with no time zone. [DateOf] is the one place an
// instant becomes a day (Beijing time). Periods are counted as the statutes
// say: the start day is excluded (民法典 第二百零一条), months end on the
// same day or the month's last day (第二百零二条), and a last day that is a
// rest day moves to the next working day (第二百零三条). Several
// administrative statutes turn short periods into working days;
// [StatutoryDays] applies each statute's own list so a caller cannot pick the
// wrong unit.
//
// # The calendar
//
// [OfficialCalendar] is built from the State Council General Office's
// holiday notices for 2018–2026, embedded in the module, make-up working days
// (调休) included. A date in a year without a notice is an error wrapping
// [ErrNoCalendarData] ([*NoDataError], in English or Chinese with the
// remedy), never a weekday guess. Hosts add a newly announced year from the
// notice's published text with [Calendar.WithNoticeText] ([ParseNotice]
// reads it), or from rows with [Calendar.WithNotices], and overlay local rest
// days with [Calendar.WithLocalDays]; all return new calendars.
//
// A host that must answer before a year's notice is published opts in with
// [Calendar.WithProvisional]: the year is counted by the weekday rule, and
// every result that touches it says so. A check observes its calendar
// ([Calendar.Observed]) and ends its report with the notice of
// [RuleProvisionalCalendar]: 「2027年节假日安排尚未载入，按周六、周日休息推算，
// 结果可能变化」.
//
// # Rules, findings and reports
//
// A check never returns a bare bool. Each [Rule] has a stable [RuleID], a
// Chinese title and its [Citation] basis; applying it yields a [Finding]
// (pass, fail or not applicable) whose message states the facts compared.
// A check returns a [Report]; an error means the check could not run, never
// that the subject failed.
//
// Checks that run often also answer with a [Verdict]: the outcome of every
// rule by its position in the rule set, and each failure's severity,
// without messages, in a value of 72 bytes that costs no allocation.
// [VerdictOf] folds a report into the same value. Every check of this
// module writes its findings through a [ReportBuilder], which a host's own
// checks may use too: one run of the same code yields either the verdict
// alone, writing nothing, or the full report, with all messages written
// once into memory the builder owns and made into one string, so that the
// two always agree.
//
// # Rates
//
// A [Rate] keeps its counts (236/977) and rounds once, at the edge, with a
// named [Rounding]. A zero denominator is undefined ([ErrUndefinedRate]),
// never 0%. The change of a count ([RelativeChange], 同比增长 X%) and the
// change of a rate ([PointChange], X个百分点) are different types.
//
// # Work plans
//
// An annual work plan (工作要点) is a [Plan] of numbered [Task] items, each
// with one lead unit (牵头单位), responsible and cooperating units from a
// [Directory], a [Deadline] (a date, a period from the plan date, a
// recurring duty 每月/每季度/每年, or 长期坚持) and an optional [Quota]
// (「不少于4次」). [ParseDeadlinePhrase] reads the deadline wordings of
// task tables (年底前, 每月10日前, 2019/9/30); the subpackage
// lawgov/tasktable imports a task decomposition table (任务分解表) from XLSX
// or CSV and writes the ledger back, so that lawgov itself links no
// spreadsheet library. A [Ledger] (倒计时工作台账) records dated progress
// [Event] values atomically and derives every state as of a date: countdown
// in calendar and working days, due soon, overdue, done on time or late,
// each cycle of a recurring duty ([CycleState]), quota reached or short,
// completion [Rate] values per unit, overdue findings citing the plan, and
// reminders per unit ([Ledger.Reminders]).
//
// # Assessment
//
// A [Scheme] is an indicator tree (考评指标体系) scored by deduction,
// proportion of a Rate, the three grades 原则通过/存在瑕疵/不合格, or a veto
// (一票否决), with decimal points and configured rating bands: no national
// scale exists, so nothing is hard-coded. [Rank] orders scores with explicit
// ties. [CheckAnnualReport] checks the annual report duties (年度报告):
// publication before 1 April, departments reporting by 1 March, and the four
// content sections.
//
// # What lawgov is not
//
// It does not read the clock: every rule takes an as-of date. It does not
// use binary floating point for rates, money or scores.
package lawgov
