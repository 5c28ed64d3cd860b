package main

import (
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/decision"
	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/fazhi-go/fazhi/lawgov"
)

// Every rate in the report is a percentage with one decimal place, rounded
// half up (四舍五入), and printed with its counts.
const (
	places   = 1
	rounding = lawgov.HalfUp
)

// pct renders a rate with its counts: 「69.8%（176/252）」. The prose
// never puts it inside parentheses (「占69.8%（176/252）」), so that
// parentheses do not nest.
func pct(r lawgov.Rate) string {
	return r.Format(places, rounding) + "（" + r.String() + "）"
}

// pointsText renders the change of a rate in percentage points from the
// two rates as printed (each rounded first), so that the reader can
// subtract the printed figures and get the printed change: 3.6% → 6.9% is
// 「上升3.3个百分点」.
func pointsText(c lawgov.PointChange) string { return c.ChineseOfRounded(places, rounding) }

// percentText is the bare figure a chart bar draws: "69.8", or "" when the
// rate is undefined.
func percentText(r lawgov.Rate) string {
	p, err := r.Percent(places, rounding)
	if err != nil {
		return ""
	}
	return p.StringFixed(places)
}

func itoa(n int) string { return strconv.Itoa(n) }

func i64(n int64) string { return strconv.FormatInt(n, 10) }

func basisText(cs []lawgov.Citation) string { return lawgov.JoinCitations(cs) }

func toFinding(f lawgov.Finding) finding {
	return finding{Subject: f.Subject, Rule: string(f.Rule), Title: f.Title, Severity: f.Severity.Label(), Message: f.Message, Basis: basisText(f.Basis)}
}

// build computes the report for year as of asOf.
func build(ds *dataset, year int, asOf lawgov.Date, source string) (document, error) {
	cal := lawgov.OfficialCalendar()
	doc := document{
		Title:    fmt.Sprintf("%s%d年度法治政府建设情况报告（统计部分）", ds.meta.County, year),
		Subtitle: fmt.Sprintf("%s为虚构的示例县，单位、人员、文件和案件均为生成的示例数据，数量和结构参照开州区、鄂尔多斯市年度报告和赤壁市工作要点。", ds.meta.County),
		Meta: []field{
			{"报告主体", ds.meta.Government},
			{"报告年度", itoa(year)},
			{"统计截至", asOf.Chinese()},
			{"数据来源", source},
			{"数据规模", fmt.Sprintf("单位%d个，工作任务%d项、进展记录%d条，重大行政决策%d件，规范性文件%d件，执法人员%d人，执法行为%d件，行政复议案件%d件，行政应诉审级%d件",
				ds.dir.Len(), len(ds.plan.Tasks), ds.events, len(ds.decisions), len(ds.documents), ds.registry.Len(), ds.actions, len(ds.reconsiderations), len(ds.litigations))},
			{"比率口径", "百分比保留一位小数，" + rounding.Label() + "；括号内为分子/基数；百分点变化按保留一位小数后的比率相减"},
		},
		Provenance: lawgov.NewProvenance(cal),
	}
	steps := []func(*dataset, int, lawgov.Date, *lawgov.Calendar) (section, error){
		planSection, decisionSection, documentSection, officerSection, actionSection, caseSection, dutySection,
	}
	// The case section, which reads neither the registry nor the actions,
	// was built by the loader for the dataset's year; for another period
	// it is built beside the others. The first error in section order is
	// returned.
	const cases = 5
	sections := make([]section, len(steps))
	errs := make([]error, len(steps))
	var wg sync.WaitGroup
	if b := ds.caseSec; b != nil && b.year == year && b.asOf == asOf {
		sections[cases], errs[cases] = b.s, b.err
	} else {
		wg.Go(func() { sections[cases], errs[cases] = steps[cases](ds, year, asOf, cal) })
	}
	for i, step := range steps {
		if i != cases {
			if sections[i], errs[i] = step(ds, year, asOf, cal); errs[i] != nil {
				break
			}
		}
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return document{}, err
		}
	}
	doc.Sections = sections
	doc.Sections = append(doc.Sections, appendix(doc.Sections))
	return doc, nil
}

// builtSection is a section built ahead for year as of asOf, with its
// error.
type builtSection struct {
	year int
	asOf lawgov.Date
	s    section
	err  error
}

// ---------------------------------------------------------------- 1

func planSection(ds *dataset, year int, asOf lawgov.Date, _ *lawgov.Calendar) (section, error) {
	s := section{Heading: "一、工作要点任务完成情况"}
	p := ds.plan
	if p.Year != year {
		s.Text = append(s.Text, fmt.Sprintf("数据中没有%d年度的工作要点，现有的是%d年度的%s。", year, p.Year, lawgov.BookTitle(p.Title)))
		return s, nil
	}
	l := ds.ledger
	states, err := l.Tasks(asOf)
	if err != nil {
		return s, err
	}
	comp, err := l.Completion(asOf)
	if err != nil {
		return s, err
	}
	var kinds [5]int
	for _, t := range p.Tasks {
		kinds[t.Deadline.Kind]++
	}
	s.Text = append(s.Text, fmt.Sprintf("%s（%s）于%s印发，分解为%d项任务：限期完成%d项、期限%d项、定期%d项、长期坚持%d项。截至%s，整体完成率为%s，以牵头单位报告完成计，定期事项按期次计，长期坚持事项不计。",
		lawgov.BookTitle(p.Title), p.Document, p.Date.Chinese(), len(p.Tasks), kinds[lawgov.DeadlineDate], kinds[lawgov.DeadlinePeriod], kinds[lawgov.DeadlineRecurring], kinds[lawgov.DeadlineOngoing],
		asOf.Chinese(), pct(comp.Overall)))

	var byStatus [8]int
	for _, st := range states {
		byStatus[st.Status]++
	}
	st := table{Caption: "表1-1 任务状态", Header: []string{"状态", "任务数"}, Numeric: []bool{false, true}}
	for k := lawgov.StatusNotStarted; k <= lawgov.StatusNotApplicable; k++ {
		if byStatus[k] > 0 {
			st.Rows = append(st.Rows, []string{k.Label(), itoa(byStatus[k])})
		}
	}
	st.Rows = append(st.Rows, []string{"合计", itoa(len(states))})

	ch := chart{Title: "各单位任务完成率（牵头和责任份额）"}
	ut := table{Caption: "表1-2 各单位任务完成率（牵头和责任份额，长期坚持事项不计）",
		Header:  []string{"单位", "完成率（已完成/应完成）", "按期完成", "逾期完成", "逾期未完成", "即将到期"},
		Numeric: []bool{false, true, true, true, true, true}}
	units := slices.Clone(comp.Units)
	slices.SortStableFunc(units, func(a, b lawgov.UnitCompletion) int { return -a.Rate.Cmp(b.Rate) })
	for _, u := range units {
		name := ds.dir.Name(u.Unit)
		ut.Rows = append(ut.Rows, []string{name, pct(u.Rate), itoa(u.OnTime), itoa(u.Late), itoa(u.Overdue), itoa(u.DueSoon)})
		ch.Bars = append(ch.Bars, bar{Label: name, Percent: percentText(u.Rate), Counts: u.Rate.String()})
	}
	s.Charts = append(s.Charts, ch)

	ot := table{Caption: "表1-3 逾期未完成任务", Header: []string{"序号", "工作任务", "牵头单位", "责任单位", "完成时限", "到期日", "逾期"}}
	for i, st := range states {
		if st.Status != lawgov.StatusOverdue {
			continue
		}
		t := p.Tasks[i]
		var resp []string
		for _, u := range t.Units() {
			resp = append(resp, ds.dir.Name(u))
		}
		ot.Rows = append(ot.Rows, []string{t.ID, t.Title, ds.dir.Name(t.Lead), strings.Join(resp, "、"), t.Deadline.Phrase, st.Due.Chinese(), st.Countdown()})
	}
	s.Tables = append(s.Tables, st, ut, ot)

	rep, err := l.Check(asOf)
	if err != nil {
		return s, err
	}
	for _, f := range rep.Failures() {
		s.Findings = append(s.Findings, toFinding(f))
	}
	return s, nil
}

// ---------------------------------------------------------------- 2

func decisionSection(ds *dataset, year int, asOf lawgov.Date, cal *lawgov.Calendar) (section, error) {
	s := section{Heading: "二、重大行政决策"}
	p := decision.National()
	t := table{Caption: "表2-1 重大行政决策“五关”情况",
		Header: []string{"编号", "决策事项", "决策机关", "适用", "公众参与", "专家论证", "风险评估", "合法性审查", "集体讨论决定", "不符合项"}}
	t.Numeric = make([]bool, len(t.Header))
	t.Numeric[len(t.Header)-1] = true
	n, clean := 0, 0
	var failures []lawgov.Finding
	for _, d := range ds.decisions {
		if d.Launched.Year() != year {
			continue
		}
		n++
		rep, err := p.Check(d, asOf, cal)
		if err != nil {
			return s, fmt.Errorf("annualreport: check decision %q: %w", d.ID, err)
		}
		sum := p.Summarize(d, rep)
		row := []string{d.ID, d.Title, d.Body.Name, sum.Applicability.Label()}
		for _, g := range sum.Gates {
			row = append(row, g.Status.Label())
		}
		fails := rep.Failures()
		row = append(row, itoa(len(fails)))
		t.Rows = append(t.Rows, row)
		if sum.OK {
			clean++
		}
		for _, f := range fails {
			if f.Subject == "" {
				f.Subject = d.ID
			}
			failures = append(failures, f)
		}
	}
	s.Text = append(s.Text, fmt.Sprintf("%d年启动的重大行政决策%d件，按%s逐项检查，全部规则均符合的%d件，占%s；不符合项%d个，列于表后，均注明依据。",
		year, n, p.Basis(), clean, pct(lawgov.Rate{Num: int64(clean), Den: int64(n)}), len(failures)))
	s.Tables = append(s.Tables, t)
	for _, f := range failures {
		s.Findings = append(s.Findings, toFinding(f))
	}
	return s, nil
}

// ---------------------------------------------------------------- 3

func documentSection(ds *dataset, year int, asOf lawgov.Date, cal *lawgov.Calendar) (section, error) {
	s := section{Heading: "三、行政规范性文件"}
	rules := decision.DocumentRules{FilingDeadline: ds.meta.Filing.Deadline, FilingBasis: ds.meta.Filing.Basis}
	from, to := lawgov.MustDate(year, 1, 1), lawgov.MustDate(year, 12, 31)
	stats, err := rules.Tally(ds.documents, from, to, cal)
	if err != nil {
		return s, fmt.Errorf("annualreport: tally documents: %w", err)
	}
	s.Text = append(s.Text, fmt.Sprintf("%d年公布行政规范性文件%d件。备案期限按%s：公布之日起%s内报送备案。",
		year, stats.Published, ds.meta.Filing.Basis, ds.meta.Filing.Deadline))
	ft := table{Caption: "表3-1 备案情况", Header: []string{"指标", "比率（分子/基数）", "口径"}, Numeric: []bool{false, true, false}}
	ft.Rows = append(ft.Rows,
		[]string{"报备率", pct(stats.FilingRate()), "报送备案数÷公布数"},
		[]string{"备案及时率", pct(stats.TimelyRate()), "按期报送数÷报送备案数（不含无期限的）"},
		[]string{"规范率", pct(stats.ComplianceRate()), "备案审查未发现问题数÷已审查数"},
	)

	var byStatus [6]int
	usable := 0
	var findings []lawgov.Finding
	for _, d := range ds.documents {
		byStatus[d.StatusAt(asOf)]++
		f := decision.UsableAsBasis(d, asOf)
		if f.Outcome == lawgov.Pass {
			usable++
		}
		inYear := d.Published.Year() == year || (d.Published.IsZero() && d.Deliberated.Year() == year)
		if !inYear {
			continue
		}
		if f.Outcome == lawgov.Fail {
			findings = append(findings, f)
		}
		rep, err := rules.Check(d, asOf, cal)
		if err != nil {
			return s, fmt.Errorf("annualreport: check document %q: %w", d.ID, err)
		}
		findings = append(findings, rep.Failures()...)
	}
	st := table{Caption: fmt.Sprintf("表3-2 全部%d件文件截至%s的效力状态", len(ds.documents), asOf.Chinese()), Header: []string{"状态", "件数"}, Numeric: []bool{false, true}}
	for k := decision.Unpublished; k <= decision.Withdrawn; k++ {
		st.Rows = append(st.Rows, []string{k.Label(), itoa(byStatus[k])})
	}
	st.Rows = append(st.Rows, []string{"可作为行政管理依据", pct(lawgov.Rate{Num: int64(usable), Den: int64(len(ds.documents))})})

	var outcomes []decision.CleanupOutcome
	for _, d := range ds.documents {
		for _, c := range d.Cleanups {
			if c.Date.Year() == year {
				outcomes = append(outcomes, c.Outcome)
			}
		}
	}
	cl, err := decision.TallyCleanup(outcomes)
	if err != nil {
		return s, fmt.Errorf("annualreport: tally cleanup: %w", err)
	}
	ct := table{Caption: fmt.Sprintf("表3-3 %d年文件清理结果", year), Header: []string{"清理结果", "件数", "占比（件数/清理总数）"}, Numeric: []bool{false, true, true}}
	var parts []string
	for _, o := range []decision.CleanupOutcome{decision.Continued, decision.Amended, decision.Repealed, decision.DeclaredInvalid} {
		ct.Rows = append(ct.Rows, []string{o.Label(), i64(cl.Count(o)), pct(cl.Share(o))})
		parts = append(parts, i64(cl.Count(o)))
	}
	ct.Rows = append(ct.Rows, []string{"合计", i64(cl.Reviewed), ""})
	check := "各项结果之和等于清理总数"
	if err := cl.Partition(); err != nil {
		check = "各项结果之和与清理总数不符：" + err.Error()
	}
	s.Text = append(s.Text, fmt.Sprintf("%d年清理规范性文件%d件：继续有效%d件、修改%d件、废止%d件、宣布失效%d件（%s＝%d，%s）。",
		year, cl.Reviewed, cl.Count(decision.Continued), cl.Count(decision.Amended), cl.Count(decision.Repealed), cl.Count(decision.DeclaredInvalid),
		strings.Join(parts, "＋"), cl.Reviewed, check))
	s.Tables = append(s.Tables, ft, st, ct)
	for _, f := range findings {
		s.Findings = append(s.Findings, toFinding(f))
	}
	return s, nil
}

// ---------------------------------------------------------------- 4

func officerSection(ds *dataset, year int, asOf lawgov.Date, _ *lawgov.Calendar) (section, error) {
	s := section{Heading: "四、行政执法人员"}
	reg := ds.registry
	rs := reg.RuleSet()
	sw, err := reg.Sweep(asOf, enforcement.SweepOptions{})
	if err != nil {
		return s, fmt.Errorf("annualreport: sweep officers: %w", err)
	}
	total := sw.Totals.Total()
	s.Text = append(s.Text, fmt.Sprintf("执法人员信息库共%d人，截至%s持证有效可以执法的%d人，占%s。资格管理按规则集「%s」：执法证登载信息变更的，%s内报告，依据%s；考试不合格%d次的%s，依据%s。",
		total, asOf.Chinese(), sw.Totals.Of(enforcement.StateActive), pct(lawgov.Rate{Num: int64(sw.Totals.Of(enforcement.StateActive)), Den: int64(total)}),
		rs.Name, rs.ChangeReport.Period, rs.ChangeReport.Basis, rs.Exams.MaxFailures, rs.Exams.Consequence.Label(), rs.Exams.Basis))
	st := table{Caption: "表4-1 执法人员资格状态", Header: []string{"状态", "人数", "占比（人数/总数）"}, Numeric: []bool{false, true, true}}
	for _, k := range enforcement.States() {
		n := sw.Totals.Of(k)
		st.Rows = append(st.Rows, []string{k.Label(), itoa(n), pct(lawgov.Rate{Num: int64(n), Den: int64(total)})})
	}
	st.Rows = append(st.Rows, []string{"合计", itoa(total), ""})

	name := func(id string) string {
		o, _ := reg.Officer(id)
		return o.Name
	}
	ct := table{Caption: fmt.Sprintf("表4-2 执法证登载信息变更逾期未报告（%d人）", len(sw.ChangeOverdue)),
		Header: []string{"编号", "姓名", "单位", "变更日期（自）", "报告期限", "截至统计日逾期"}, Numeric: []bool{false, false, false, false, false, true}}
	for _, e := range sw.ChangeOverdue {
		ct.Rows = append(ct.Rows, []string{e.Officer, name(e.Officer), e.Unit, e.Since.Chinese(), e.Due.Chinese(), itoa(asOf.DaysSince(e.Due)) + "日"})
	}
	rt := table{Caption: "表4-3 考试两次不合格从信息库清除的人员", Header: []string{"编号", "姓名", "单位", "清除日期", "不合格次数"}, Numeric: []bool{false, false, false, false, true}}
	removedInYear := 0
	for _, e := range sw.Removed {
		if e.Failures < rs.Exams.MaxFailures {
			continue
		}
		rt.Rows = append(rt.Rows, []string{e.Officer, name(e.Officer), e.Unit, e.Since.Chinese(), itoa(e.Failures)})
		if e.Since.Year() == year {
			removedInYear++
		}
	}
	rt.Caption += fmt.Sprintf("（%d人，其中%d年清除%d人）", len(rt.Rows), year, removedInYear)
	s.Tables = append(s.Tables, st, ct, rt)

	// The findings that explain the listed officers, with their citations:
	// the first of each list, and the text says so.
	const sample = 3
	if len(sw.ChangeOverdue) > sample || len(sw.Removed) > sample {
		s.Text = append(s.Text, fmt.Sprintf("表后列出的不符合项，是表4-2的%d人中前%d人、信息库清除的%d人中前%d人的检查结果，以说明依据；其余人员见表。",
			len(sw.ChangeOverdue), min(sample, len(sw.ChangeOverdue)), len(sw.Removed), min(sample, len(sw.Removed))))
	}
	for _, list := range [][]enforcement.SweepEntry{sw.ChangeOverdue, sw.Removed} {
		for _, e := range list[:min(sample, len(list))] {
			stt, err := reg.StatusAt(e.Officer, asOf)
			if err != nil {
				return s, err
			}
			for _, f := range stt.Findings() {
				if f.Outcome == lawgov.Fail {
					s.Findings = append(s.Findings, toFinding(f))
				}
			}
		}
	}
	return s, nil
}

// ---------------------------------------------------------------- 5

func actionSection(ds *dataset, year int, asOf lawgov.Date, cal *lawgov.Calendar) (section, error) {
	s := section{Heading: "五、行政执法行为"}
	titles := map[lawgov.RuleID]lawgov.Rule{}
	var order []lawgov.RuleID
	for _, r := range ds.registry.RuleSet().Rules() {
		titles[r.ID] = r
		order = append(order, r.ID)
	}
	// The loader checked the actions for the dataset's own year; for
	// another period they are read and checked again.
	sum := ds.actionSum
	if sum.year != year || sum.asOf != asOf {
		var err error
		if sum, err = summarizeActions(ds, year, asOf, cal); err != nil {
			return s, err
		}
	}
	if sum.err != nil {
		return s, sum.err
	}
	per, kinds, checked, flawed, fails := sum.per, sum.kinds, sum.checked, sum.flawed, sum.fails
	s.Text = append(s.Text, fmt.Sprintf("%d年抽取执法行为%d件（行政检查%d件、行政处罚%d件、行政强制措施%d件、行政许可%d件）逐件检查，存在不符合项的%d件，占%s。",
		year, checked, kinds[enforcement.Inspection], kinds[enforcement.Penalty], kinds[enforcement.CoerciveMeasure], kinds[enforcement.Licence],
		flawed, pct(lawgov.Rate{Num: int64(flawed), Den: int64(checked)})))
	t := table{Caption: "表5-1 执法行为检查结果（按规则）", Header: []string{"规则", "符合", "不符合", "不适用", "符合率（符合/适用）", "依据"},
		Numeric: []bool{false, true, true, true, true, false}}
	for _, id := range order {
		c := per[id]
		if c == nil {
			continue
		}
		r := titles[id]
		s.ref(r.Title, string(id))
		t.Rows = append(t.Rows, []string{r.Title, itoa(c.pass), itoa(c.fail), itoa(c.na),
			pct(lawgov.Rate{Num: int64(c.pass), Den: int64(c.pass + c.fail)}), basisText(r.Basis)})
	}
	s.Tables = append(s.Tables, t)
	const sample = 12
	if len(fails) > sample {
		s.Text = append(s.Text, fmt.Sprintf("不符合项共%d个，表后只列出前%d个。", len(fails), sample))
		fails = fails[:sample]
	}
	for _, f := range fails {
		s.Findings = append(s.Findings, toFinding(f))
	}
	return s, nil
}

// ruleCounts counts the findings of one rule by outcome.
type ruleCounts struct{ pass, fail, na int }

// lineFinding is a failed finding of the action on line.
type lineFinding struct {
	line int
	f    lawgov.Finding
}

// actionSummary is the check of every action of a year as of a day: the
// counts of the findings by rule, the actions by kind, the actions checked
// and those with a failure, the failures in the order of the file, and the
// error of a check that could not run.
type actionSummary struct {
	year            int
	asOf            lawgov.Date
	lines           int // actions in the file
	per             map[lawgov.RuleID]*ruleCounts
	kinds           [5]int
	checked, flawed int
	fails           []lawgov.Finding
	err             error
}

// summarizeActions reads the actions of ds, checks their shape and checks
// those of year as of asOf, with as many workers as there are processors,
// each taking every n-th line; the tallies add up and the findings are put
// back in the order of the file. The error returned is that of the first
// bad line of the file; a check that could not run is the summary's err.
func summarizeActions(ds *dataset, year int, asOf lawgov.Date, cal *lawgov.Calendar) (actionSummary, error) {
	parts := make([]actionTally, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for w := range parts {
		wg.Go(func() { parts[w].run(ds, w, len(parts), year, asOf, cal) })
	}
	wg.Wait()
	sum := actionSummary{year: year, asOf: asOf, per: map[lawgov.RuleID]*ruleCounts{}}
	var lineFails []lineFinding
	var err error
	errLine, checkLine := 0, 0
	for _, p := range parts {
		if p.err != nil && (err == nil || p.errLine < errLine) {
			err, errLine = p.err, p.errLine
		}
		if p.checkErr != nil && (sum.err == nil || p.checkLine < checkLine) {
			sum.err, checkLine = p.checkErr, p.checkLine
		}
		for id, c := range p.per {
			if sum.per[id] == nil {
				sum.per[id] = &ruleCounts{}
			}
			sum.per[id].pass += c.pass
			sum.per[id].fail += c.fail
			sum.per[id].na += c.na
		}
		for k, n := range p.kinds {
			sum.kinds[k] += n
		}
		sum.lines += p.lines
		sum.checked += p.checked
		sum.flawed += p.flawed
		lineFails = append(lineFails, p.fails...)
	}
	if err != nil {
		return actionSummary{}, err
	}
	slices.SortStableFunc(lineFails, func(a, b lineFinding) int { return a.line - b.line })
	sum.fails = make([]lawgov.Finding, len(lineFails))
	for i, f := range lineFails {
		sum.fails[i] = f.f
	}
	return sum, nil
}

// actionTally is what one worker of summarizeActions found.
type actionTally struct {
	lines           int
	per             map[lawgov.RuleID]*ruleCounts
	kinds           [5]int
	checked, flawed int
	fails           []lineFinding
	err             error // a bad line, with its number
	errLine         int
	checkErr        error // a check that could not run, with its line
	checkLine       int
}

// run checks the shape of the actions on the lines of part out of parts,
// and checks those of year. After a check that could not run it goes on
// checking only the shape of the rest, so that a bad line is still found.
func (t *actionTally) run(ds *dataset, part, parts, year int, asOf lawgov.Date, cal *lawgov.Calendar) {
	t.per = map[lawgov.RuleID]*ruleCounts{}
	var rep lawgov.Report // reused: findings are copied out
	t.errLine, t.err = eachActionPart(ds.fsys, part, parts, newFastDecoder(), func(line int, a *enforcement.Action) error {
		t.lines++
		if a.Date.Year() != year || t.checkErr != nil {
			return nil
		}
		t.checked++
		t.kinds[a.Kind]++
		if err := enforcement.CheckInto(&rep, *a, asOf, ds.registry, cal); err != nil {
			t.checkErr, t.checkLine = fmt.Errorf("annualreport: check action %q: %w", a.ID, err), line
			return nil
		}
		for _, f := range rep.Findings {
			c := t.per[f.Rule]
			if c == nil {
				c = &ruleCounts{}
				t.per[f.Rule] = c
			}
			switch f.Outcome {
			case lawgov.Pass:
				c.pass++
			case lawgov.Fail:
				c.fail++
			default:
				c.na++
			}
		}
		if fs := rep.Failures(); len(fs) > 0 {
			t.flawed++
			for _, f := range fs {
				if f.Subject != a.ID {
					f.Subject = a.ID + " " + f.Subject
				}
				t.fails = append(t.fails, lineFinding{line, f})
			}
		}
		return nil
	})
}

// ---------------------------------------------------------------- 6

func caseSection(ds *dataset, year int, asOf lawgov.Date, cal *lawgov.Calendar) (section, error) {
	s := section{Heading: "六、行政复议与行政应诉"}
	var units casework.Units
	var records []casework.Record
	var deadlineFails []lawgov.Finding
	inYear := func(received, concluded lawgov.Date) bool {
		return received.Year() == year || concluded.Year() == year || (received.Year() < year && concluded.IsZero())
	}
	for _, c := range ds.reconsiderations {
		r, err := c.Record(units.ID(c.Unit))
		if err != nil {
			return s, err
		}
		records = append(records, r)
		if !inYear(c.Received, c.Concluded) || c.Received.After(asOf) {
			continue
		}
		rep, err := casework.CheckReconsideration(c, asOf, cal)
		if err != nil {
			return s, fmt.Errorf("annualreport: check case %q: %w", c.ID, err)
		}
		deadlineFails = append(deadlineFails, rep.Failures()...)
	}
	for _, l := range ds.litigations {
		r, err := l.Record(units.ID(l.Unit))
		if err != nil {
			return s, err
		}
		records = append(records, r)
		if !inYear(l.Received, l.Concluded) || l.Received.After(asOf) {
			continue
		}
		rep, err := casework.CheckLitigation(l, asOf, cal)
		if err != nil {
			return s, fmt.Errorf("annualreport: check case %q: %w", l.ID, err)
		}
		deadlineFails = append(deadlineFails, rep.Failures()...)
	}
	years := casework.ByYear(records)
	cur, prior := years[year], years[year-1]
	if cur == nil {
		cur = new(casework.Tally)
	}
	if prior == nil {
		prior = new(casework.Tally)
	}
	ct := table{Caption: fmt.Sprintf("表6-1 案件数量（%d年与%d年）", year-1, year),
		Header:  []string{"类别", "项目", strconv.Itoa(year - 1), strconv.Itoa(year), "同比"},
		Numeric: []bool{false, false, true, true, false}}
	for _, k := range []casework.Kind{casework.KindReconsideration, casework.KindLitigation} {
		c, p := cur.Counts(k), prior.Counts(k)
		for _, m := range []struct {
			name string
			p, c int64
		}{{"收案", p.Received, c.Received}, {"上年结转", p.CarriedOver, c.CarriedOver}, {"审结", p.Concluded, c.Concluded}, {"年末未结", p.Outcomes[0], c.Outcomes[0]}} {
			ct.Rows = append(ct.Rows, []string{k.Label(), m.name, i64(m.p), i64(m.c), lawgov.RelativeChange{From: m.p, To: m.c}.Chinese(places, rounding)})
		}
	}
	rc, lc := cur.Counts(casework.KindReconsideration), cur.Counts(casework.KindLitigation)
	s.Text = append(s.Text, fmt.Sprintf("%d年收到行政复议申请%d件（%s），审结%d件；行政应诉收案%d件（审级计，%s），审结%d件。每个比率按下列命名口径计算，注明分子、基数和舍入方式；同比变化对件数用相对变化，对比率用百分点。",
		year, rc.Received, lawgov.RelativeChange{From: prior.Counts(casework.KindReconsideration).Received, To: rc.Received}.Chinese(places, rounding), rc.Concluded,
		lc.Received, lawgov.RelativeChange{From: prior.Counts(casework.KindLitigation).Received, To: lc.Received}.Chinese(places, rounding), lc.Concluded))

	rt := table{Caption: "表6-2 各统计口径的比率（百分比保留一位小数，" + rounding.Label() + "；比率同比为两年百分比相减）",
		Header:  []string{"类别", "口径", "基数", strconv.Itoa(year - 1), strconv.Itoa(year), "比率同比", "分子同比"},
		Numeric: []bool{false, false, false, true, true, false, false}}
	charts := map[casework.Kind]*chart{
		casework.KindReconsideration: {Title: "行政复议各口径比率（" + strconv.Itoa(year-1) + "年与" + strconv.Itoa(year) + "年）"},
		casework.KindLitigation:      {Title: "行政应诉各口径比率（" + strconv.Itoa(year-1) + "年与" + strconv.Itoa(year) + "年）"},
	}
	nt := table{Caption: "表6-3 统计口径说明", Header: []string{"口径", "计算方法及出处", "来源"}}
	for _, d := range casework.Definitions() {
		ch, err := casework.Compare(d, prior, cur)
		if err != nil {
			return s, err
		}
		rt.Rows = append(rt.Rows, []string{d.Kind.Label(), d.Name, d.Base.Label(), pct(ch.Rate.From), pct(ch.Rate.To),
			pointsText(ch.Rate), ch.Numerator.Chinese(places, rounding)})
		c := charts[d.Kind]
		label := d.Name
		if d.Kind == casework.KindLitigation && d.Name == "结案率" {
			label = "结案率（应诉）"
		}
		c.Bars = append(c.Bars,
			bar{Label: label, Group: strconv.Itoa(year - 1), Percent: percentText(ch.Rate.From), Counts: ch.Rate.From.String()},
			bar{Label: label, Group: strconv.Itoa(year), Percent: percentText(ch.Rate.To), Counts: ch.Rate.To.String()})
		nt.Rows = append(nt.Rows, []string{d.Kind.Label() + d.Name, d.Note, basisText(d.Source)})
		s.ref(d.Kind.Label()+d.Name, d.ID)
	}
	s.Charts = append(s.Charts, *charts[casework.KindReconsideration], *charts[casework.KindLitigation])
	s.Tables = append(s.Tables, ct, rt, nt)
	s.Text = append(s.Text, fmt.Sprintf("办案期限检查：%d年内收案、结案或跨年未结的案件，不符合期限规定的%d个。", year, len(deadlineFails)))
	for _, f := range deadlineFails {
		s.Findings = append(s.Findings, toFinding(f))
	}
	return s, nil
}

// ---------------------------------------------------------------- 7

func dutySection(ds *dataset, year int, asOf lawgov.Date, _ *lawgov.Calendar) (section, error) {
	s := section{Heading: "七、年度报告义务"}
	ar := ds.meta.AnnualReport
	ar.Year = year
	var cfg lawgov.AnnualReportConfig
	rep, err := lawgov.CheckAnnualReport(ar, asOf, cfg)
	if err != nil {
		return s, fmt.Errorf("annualreport: check annual report: %w", err)
	}
	due, err := lawgov.MonthDay{Month: 4, Day: 1}.In(year + 1)
	if err != nil {
		return s, err
	}
	s.Text = append(s.Text, fmt.Sprintf("%s%d年度法治政府建设情况报告应于%s前通过报刊、网站等新闻媒体向社会公开，并包含下表所列四部分内容；本统计部分为其中“主要举措和成效”的数据支撑。表7-1是报告草稿的提纲，报告公开后才按表7-2的规则检查公开的文本。",
		ar.Body, year, due.Chinese()))
	t := table{Caption: "表7-1 年度报告内容（草稿提纲）", Header: []string{"内容", "草稿中"}}
	for sec := lawgov.SectionMeasures; sec <= lawgov.SectionOther; sec++ {
		has := "缺"
		if slices.Contains(ar.Sections, sec) {
			has = "已列入"
		}
		t.Rows = append(t.Rows, []string{sec.Label(), has})
	}
	ft := table{Caption: "表7-2 年度报告义务检查", Header: []string{"规则", "结论", "事实", "依据"}}
	for _, f := range rep.Findings {
		s.ref(f.Title, string(f.Rule))
		ft.Rows = append(ft.Rows, []string{f.Title, f.Outcome.Label(), f.Message, basisText(f.Basis)})
		if f.Outcome == lawgov.Fail {
			s.Findings = append(s.Findings, toFinding(f))
		}
	}
	s.Tables = append(s.Tables, t, ft)
	return s, nil
}
