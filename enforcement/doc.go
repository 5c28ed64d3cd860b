// Package enforcement encodes the rules for administrative enforcement
// officers and their actions (行政执法): who may enforce (持证上岗、亮证执法),
// how their credentials (行政执法证) change state over time, whether an
// enforcement action met the procedural rules of the 行政处罚法, and
// auditable double-random draws (双随机) of inspection targets and
// inspectors.
//
// It is not a personnel system or a case-management system: a host records
// officers, events and actions, and this package derives states and findings
// from them as of a date it is given. It never reads the clock.
//
// # Histories are evidence
//
// [RuleSet.StatusAt] replays the whole history whatever the as-of date, so
// a history out of date order or impossible anywhere is rejected at every
// date. A change reported after its period ends the overdue state but stays
// on the record (Status.LateReports, SweepResult.LateReported). Every event
// may carry the document it rests on (Decision) and who recorded it
// (Recorder). IDs and texts must be valid UTF-8. A [Registry.Snapshot]
// carries a SHA-256 chain over every officer's record and events and a
// head over all chains; [Registry.Restore] names the officer and the event
// changed, inserted or removed, and [Registry.RestoreVerified] compares the
// head with one the host kept apart.
//
// # Officers, histories and rule sets
//
// An [Officer] carries a dated history of [Event] values (training, exam
// attempts, credential issued, information changed, change reported,
// credential reissued, suspended, revoked, cancelled, removed from the
// database, re-admitted, annual review). [RuleSet.StatusAt] replays the
// history up to a date and derives a [State]; [Status.Findings] explains it
// in Chinese with the dates compared. [RuleSet.CanEnforce] adds the check
// that the credential covers a field and region.
//
// A [RuleSet] holds one jurisdiction's parameters, each with its citation.
// The default, [Chibi], is 赤壁市人民政府's (赤政发〔2019〕7号 第(十六)项):
// 「行政执法主体资格证登载信息发生变动的，须在30日内向市司法局报告材料，并申请换发新证。
// 行政执法人员上岗前必须参加培训，经考试合格，取得行政执法证后才能上岗执法。…
// 经2次考试成绩不合格的人员，将从执法人员信息库中清除。」 Other jurisdictions change
// the copy: a five-year qualification validity (浙江省综合行政执法条例 第二十八条,
// [ZhejiangQualification]), one retake then reassignment instead of removal
// (甘肃 practice, [Reassign]), a credential validity or an annual review.
//
// # How the default rules are read
//
// The work points leave three questions open; this package answers them so:
//
//   - The 30 days are calendar days, counted from the day the printed
//     information changed, with that day excluded (民法典 第二百零一条), and a
//     last day that is a rest day moves to the next working day (第二百零三条);
//     the count is [lawgov.Calendar.PeriodEnd] with lawgov.CalendarDays(30).
//     A change on 2024-03-02 may be reported up to 2024-04-01; on 2024-04-02 it
//     is overdue, and the officer may not enforce until it is reported. A
//     report ends the overdue state; the credential stays valid until the
//     reissue records the new one.
//   - 「经2次考试成绩不合格」 counts any two failed attempts in the person's
//     record, not only consecutive ones, unless the rule set says
//     ExamRule.Consecutive. The failure that reaches the count removes the
//     person at once, whether or not the host records a removal event.
//   - A removed person can do nothing: every event but re-admission is
//     impossible until a recorded decision re-admits them ([Readmitted]).
//     Re-admission starts a new record: training, an exam and a credential
//     are needed again, and earlier failures no longer count.
//
// Staff outside established posts (工勤人员、劳动合同工、临时工, and labour
// dispatch) are never qualified (河南省行政执法条例 第二十条).
//
// # The registry
//
// A [Registry] is the enforcement-personnel database (执法人员信息库). It is
// safe for concurrent use; [Registry.Apply] applies events atomically and
// rejects an impossible event with an [EventError], leaving the registry
// unchanged. [Registry.Sweep] lists removed, change-overdue, late-reporting
// and expiring officers and counts states per unit, in parallel; an officer
// whose state cannot be derived is listed in SweepResult.Errors and the
// sweep goes on. [Registry.Snapshot] and [Registry.Restore] persist it as
// JSON.
//
// # Enforcement actions
//
// [Check] applies the rules of 行政处罚法 (2021) to an [Action]: at least two
// officers (第四十二条) each able to enforce on the day, credentials shown
// (第五十二、五十五条), the simple procedure's limits (第五十一条), legal review
// of major cases by a qualified reviewer (第五十八条), collective decision of
// serious cases (第五十七条第二款), hearing rights and timing (第六十三、六十四条,
// with the rule set's 较大数额), evidence preservation (第五十六条), the
// 90-day decision period (第六十条), service (第六十一条), publicity
// (国办发〔2018〕118号; 第三十九条; withdrawal, 第四十八条第二款), full-process
// records (第四十七条), the limitation period (第三十六条, with a law's
// override), the no-penalty cases (第三十三条), whose answer is three-valued
// ([Exemption]), and invalidity (第三十八条).
//
// A coercive measure is judged under 行政强制法 as its own family: no
// delegation (第十七条第一款), two officers with no exception (第十八条第（二）项;
// the single-officer bases of 行政处罚法 第四十二条 do not apply), approval before
// the measure (第十八条第（一）项), an urgent measure reported within 24 hours
// and approved afterwards (第十九条), a signed on-site record or the refusal
// noted (第十八条第（七）至（九）项), the party present told the reasons, basis,
// rights and remedies and heard (第（五）、（六）项), and for 查封、扣押 30 days
// plus at most 30 with approval (第二十五条). A random inspection is judged under 优化营商环境条例
// 第五十四条 and the rule set's period for publishing results.
//
// Check finds officers through an [OfficerLookup]: the in-memory [Registry],
// or a host's own database. It reports one finding per rule, in the order
// of [ActionRules], with one officer-authority finding per officer;
// [CheckInto] writes into a report whose memory it reuses. [Verdict] gives
// the outcomes alone, by position in ActionRules, without writing a
// message: with a Registry it allocates nothing, and it is always the
// verdict of Check's report for the same action (lawgov.VerdictOf).
//
// # Double-random draws
//
// [Registry.Draw] selects targets and inspectors reproducibly from a seed and
// records the SHA-256 digest of its canonical inputs (target names
// included); [Verify] re-runs it, and [Registry.VerifyDraw] also recomputes
// the eligible pool from the registry as of the draw date, so a forged pool
// with a recomputed digest is rejected.
//
// # Zero values and errors
//
// Zero values of the enumerations are "unspecified" and fail validation.
// An error means a check could not run (malformed input, no calendar data,
// an impossible history); a rule not met is a finding.
package enforcement
