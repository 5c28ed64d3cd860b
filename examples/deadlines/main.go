// Command deadlines computes the last day of statutory periods (期间) on the
// official working-day calendar and explains it in Chinese: the start day,
// the period, the last day, every non-working day skipped and why, whether
// the last day was moved past a rest day, and the provisions applied.
//
// With no flags it prints a few built-in cases. With flags it computes one:
//
//	go run ./examples/deadlines -start 2024-09-27 -n 7 -unit working_days
//	go run ./examples/deadlines -start 2024-12-01 -n 60 -statute administrative_reconsideration_law
//
// -statute counts 「N日」 as that statute does (lawgov.StatutoryDays), so
// 行政处罚法 七日 are working days and 十五日 calendar days.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "deadlines:", err)
		os.Exit(1)
	}
}

// deadline is one period to compute.
type deadline struct {
	title  string          // what the period is for, in Chinese
	source lawgov.Citation // the provision that sets the period; zero when unknown
	start  lawgov.Date     // the day of the triggering event (not counted)
	period lawgov.Period
}

// builtin are the cases printed when no flags are given, worked by hand in
// lawgov's period tests.
func builtin() []deadline {
	return []deadline{
		{
			title:  "重大行政决策合法性审查时间（一般不少于7个工作日），跨国庆节",
			source: lawgov.MajorDecisionRegulation.Cite(26, 2, 0),
			start:  lawgov.MustParseDate("2024-09-27"),
			period: lawgov.WorkingDays(7),
		},
		{
			title:  "重大行政决策公开征求意见（一般不少于30日）",
			source: lawgov.MajorDecisionRegulation.Art(15),
			start:  lawgov.MustParseDate("2024-09-30"),
			period: lawgov.CalendarDays(30),
		},
		{
			title:  "60日期间届满日落在2025年春节假期",
			start:  lawgov.MustParseDate("2024-12-01"),
			period: lawgov.CalendarDays(60),
		},
		{
			title:  "行政复议申请期限（六十日内）",
			source: lawgov.AdministrativeReconsiderationLaw.Cite(20, 1, 0),
			start:  lawgov.MustParseDate("2024-08-02"),
			period: lawgov.StatutoryDays(lawgov.AdministrativeReconsiderationLaw, 60),
		},
		{
			title:  "行政处罚决定书送达（当事人不在场的，七日内）",
			source: lawgov.AdministrativePenaltyLaw.Art(61),
			start:  lawgov.MustParseDate("2025-01-24"),
			period: lawgov.StatutoryDays(lawgov.AdministrativePenaltyLaw, 7),
		},
	}
}

// run parses args and prints the cases to w.
func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("deadlines", flag.ContinueOnError)
	fs.SetOutput(w)
	start := fs.String("start", "", "the day of the triggering event, YYYY-MM-DD (not counted)")
	n := fs.Int("n", 0, "the number of days, months or years")
	unit := fs.String("unit", "calendar_days", "calendar_days, working_days, months or years")
	statute := fs.String("statute", "", "count N days as this statute does, e.g. administrative_penalty_law (replaces -unit)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	cases := builtin()
	if fs.NFlag() > 0 {
		d, err := parseFlags(fs, *start, *n, *unit, *statute)
		if err != nil {
			return err
		}
		cases = []deadline{d}
	}
	cal := lawgov.OfficialCalendar()
	fmt.Fprintf(w, "日历数据：%s\n", cal.Version())
	for i, d := range cases {
		fmt.Fprintln(w)
		if err := explain(w, cal, i+1, d); err != nil {
			return err
		}
	}
	return nil
}

func parseFlags(fs *flag.FlagSet, start string, n int, unit, statute string) (deadline, error) {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if !set["start"] || !set["n"] {
		return deadline{}, errors.New("-start and -n are both required")
	}
	d, err := lawgov.ParseDate(start)
	if err != nil {
		return deadline{}, err
	}
	if n <= 0 {
		return deadline{}, fmt.Errorf("-n %d: want a positive count", n)
	}
	if statute != "" {
		if set["unit"] {
			return deadline{}, errors.New("-unit and -statute exclude each other: the statute decides the unit")
		}
		var s lawgov.Statute
		if err := s.UnmarshalText([]byte(statute)); err != nil || s == lawgov.StatuteUnspecified {
			return deadline{}, fmt.Errorf("-statute %q: unknown statute code", statute)
		}
		return deadline{title: fmt.Sprintf("%s规定的%d日", s.Label(), n), start: d, period: lawgov.StatutoryDays(s, n)}, nil
	}
	var u lawgov.PeriodUnit
	if err := u.UnmarshalText([]byte(unit)); err != nil || u == lawgov.PeriodUnitUnspecified {
		return deadline{}, fmt.Errorf("-unit %q: want calendar_days, working_days, months or years", unit)
	}
	p := lawgov.Period{N: n, Unit: u}
	return deadline{title: p.String(), start: d, period: p}, nil
}

// weekdays are indexed by time.Weekday.
var weekdays = [...]string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}

// reason is why a day is or is not a working day: the notice's reason for a
// holiday or make-up day, else 工作日 or 周休息日.
func reason(info lawgov.DayInfo) string {
	if info.Reason != weekdays[info.Date.Weekday()] {
		return info.Reason
	}
	if info.Workday {
		return "工作日"
	}
	return "周休息日"
}

func dayCN(d lawgov.Date) string {
	return fmt.Sprintf("%s（%s）", d.Chinese(), weekdays[d.Weekday()])
}

// explain prints one case.
func explain(w io.Writer, cal *lawgov.Calendar, no int, d deadline) error {
	end, basis, err := cal.PeriodEnd(d.start, d.period)
	if err != nil {
		return fmt.Errorf("case %d (%s from %s): %w", no, d.period, d.start, err)
	}
	fmt.Fprintf(w, "【%d】%s\n", no, d.title)
	if !d.source.IsZero() {
		fmt.Fprintf(w, "期间规定：%s\n", d.source)
	}
	fmt.Fprintf(w, "起算：%s，当日不计入\n", dayCN(d.start))
	unitNote := ""
	switch d.period.Unit {
	case lawgov.UnitWorkingDays:
		unitNote = "，只计工作日（含调休上班日）"
	case lawgov.UnitCalendarDays:
		unitNote = "，按日历日计算"
	case lawgov.UnitMonths, lawgov.UnitYears:
		unitNote = "，到期月的对应日为最后一日，没有对应日的为月末日"
	}
	fmt.Fprintf(w, "期间：%s%s", d.period, unitNote)
	if !d.period.Basis.IsZero() {
		fmt.Fprintf(w, "（工作日换算依据%s）", d.period.Basis)
	}
	fmt.Fprintln(w)

	// The naive last day, before any roll-forward.
	var naive lawgov.Date
	switch d.period.Unit {
	case lawgov.UnitCalendarDays:
		naive = d.start.AddDays(d.period.N)
	case lawgov.UnitMonths:
		naive = d.start.AddMonths(d.period.N)
	case lawgov.UnitYears:
		naive = d.start.AddYears(d.period.N)
	default:
		naive = end
	}

	// Working-day periods skip every non-working day inside them; the other
	// units count every day and skip only the rest days the last day is
	// moved past.
	from := d.start.AddDays(1)
	heading := "期间内跳过的非工作日"
	if d.period.Unit != lawgov.UnitWorkingDays {
		from = naive
		heading = "顺延跳过的休息日"
	}
	var skipped []string
	for day := from; !day.After(end); day = day.AddDays(1) {
		info, err := cal.Day(day)
		if err != nil {
			return err
		}
		if !info.Workday {
			skipped = append(skipped, fmt.Sprintf("  %s %s，依据%s", dayCN(day), reason(info), info.Basis))
		}
	}
	if len(skipped) == 0 {
		fmt.Fprintf(w, "%s：无\n", heading)
	} else {
		fmt.Fprintf(w, "%s（%d日）：\n%s\n", heading, len(skipped), strings.Join(skipped, "\n"))
	}

	endInfo, err := cal.Day(end)
	if err != nil {
		return err
	}
	if naive != end {
		naiveInfo, err := cal.Day(naive)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "顺延：是，%s为休息日（%s），顺延至休息日后的第一个工作日\n", dayCN(naive), reason(naiveInfo))
	} else {
		fmt.Fprintln(w, "顺延：否")
	}
	fmt.Fprintf(w, "届满日：%s，%s\n", dayCN(end), reason(endInfo))
	fmt.Fprintln(w, "适用依据：")
	for _, c := range basis {
		fmt.Fprintf(w, "  %s\n", c)
	}
	return nil
}
