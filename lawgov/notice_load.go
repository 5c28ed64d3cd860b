package lawgov

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// WithNoticeText returns a calendar with the notices added, each read from
// its published text by [ParseNotice] and applied in the order given:
//
//   - an annual notice (关于XXXX年部分节假日安排的通知) sets its year: the
//     year's notices and rows are replaced, as by [Calendar.WithNotices];
//   - an amending notice changes a year already arranged: its rows replace
//     the year's rows from its first to its last date (the 2019 Labour Day
//     revision: 2019-04-28 to 2019-05-05); an extension (延长…假期至D) makes
//     every day after the holiday's last rest day up to D a rest day and
//     drops the make-up working days among them (the 2020 extension:
//     2020-01-31 to 2020-02-02, 2020-02-01 no longer worked). An amending
//     notice whose 文号 the year already has is skipped, so loading a text
//     twice changes nothing.
//
// A year counted provisionally ([Calendar.WithProvisional]) becomes an
// official year. The returned calendar's [Calendar.Version] names the
// covered years and the latest notice, e.g.
// "cn-holidays-2018-2027 (国办发明电〔2026〕N号, 2026-11-…)". The receiver
// is never changed; on error nothing is loaded.
func (c *Calendar) WithNoticeText(texts ...string) (*Calendar, error) {
	nc := c
	for i, text := range texts {
		nt, err := ParseNotice(text)
		if err != nil {
			return nil, fmt.Errorf("lawgov: notice %d: %w", i+1, err)
		}
		if nc, err = nc.withNotice(nt); err != nil {
			return nil, fmt.Errorf("lawgov: notice %d (%s): %w", i+1, nt.Notice.Citation.Document, err)
		}
	}
	if nc == c {
		return c, nil
	}
	nc.version = nc.dataVersion()
	return nc, nil
}

// withNotice applies one parsed notice.
func (c *Calendar) withNotice(nt NoticeText) (*Calendar, error) {
	y := nt.Notice.Year
	if !nt.Amends {
		return c.WithNotices([]HolidayNotice{nt.Notice}, nt.Rows)
	}
	ns := c.Notices(y)
	if len(ns) == 0 {
		return nil, fmt.Errorf("amends %d, whose arrangement is not loaded", y)
	}
	for _, n := range ns {
		if n.Citation.Document == nt.Notice.Citation.Document {
			return c, nil
		}
	}
	rows := c.Rows(y)
	n, add := nt.Notice, nt.Rows
	if !nt.Extends.IsZero() {
		var last Date
		name := nt.Holiday
		for _, r := range rows {
			if r.Kind == RestDay && strings.Contains(r.Name, nt.Holiday) && r.Date.After(last) {
				last, name = r.Date, r.Name
			}
		}
		if last.IsZero() {
			return nil, fmt.Errorf("extends %s, which the %d arrangement does not name", nt.Holiday, y)
		}
		if !nt.Extends.After(last) {
			return nil, fmt.Errorf("extends %s to %s, but it already runs to %s", nt.Holiday, nt.Extends, last)
		}
		n.From, n.To = last.AddDays(1), nt.Extends
		add = nil
		for d := n.From; !d.After(n.To); d = d.AddDays(1) {
			add = append(add, DayRule{Date: d, Kind: RestDay, Name: name})
		}
	}
	kept := slices.DeleteFunc(rows, func(r DayRule) bool { return !r.Date.Before(n.From) && !r.Date.After(n.To) })
	return c.WithNotices(append(ns, n), append(kept, add...))
}

// Rows returns the day rules of year y's notices, sorted by date: the rows
// of the shipped CSV that the year's notices govern, the late-December days
// a notice moves included. It returns nil when y is not covered.
func (c *Calendar) Rows(y int) []DayRule {
	var out []DayRule
	for _, e := range c.national {
		if e.year == y {
			out = append(out, e.rule)
		}
	}
	slices.SortFunc(out, func(a, b DayRule) int { return a.Date.Compare(b.Date) })
	return out
}

// dataVersion names the covered years and the latest notice, in the form of
// CalendarDataVersion.
func (c *Calendar) dataVersion() string {
	if len(c.covered) == 0 {
		return ""
	}
	var latest Citation
	for _, ns := range c.notices {
		for _, n := range ns {
			if latest.IsZero() || n.Citation.Version.After(latest.Version) {
				latest = n.Citation
			}
		}
	}
	return "cn-holidays-" + strconv.Itoa(c.covered[0]) + "-" + strconv.Itoa(c.covered[len(c.covered)-1]) +
		" (" + latest.Document + ", " + latest.Version.String() + ")"
}

// WriteDayRules writes rows in the format [ReadDayRules] reads: the header
// "date,kind,name", then one row per rule.
func WriteDayRules(w io.Writer, rows []DayRule) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"date", "kind", "name"}); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write([]string{r.Date.String(), r.Kind.String(), r.Name}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
