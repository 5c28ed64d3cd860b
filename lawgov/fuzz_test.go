package lawgov_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
)

// dateSeeds are tricky date inputs, run as seeds under plain go test.
var dateSeeds = []string{
	"2024-02-29", // leap day
	"2023-02-29", // no leap day
	"1900-02-29", // century, not leap
	"2000-02-29", // 400-year leap
	"0001-01-01", // first day
	"9999-12-31", // last day
	"0000-01-01", // year zero
	"2024-1-01",  // one-digit month
	"2024-01-1",  // one-digit day
	"02024-01-01",
	"2024-13-01",
	"2024-00-01",
	"2024-01-00",
	"2024-01-32",
	"",
	"null",
	" 2024-01-01",
	"2024-01-01\n",
	"2024\u201001\u201001", // Unicode hyphens
	"２０２４-01-01",           // full-width digits
	"-001-01-01",
	"+999-01-01",
}

func FuzzParseDate(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := lawgov.ParseDate(s)
		if err != nil {
			var de *lawgov.DateError
			if !errors.As(err, &de) || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v", s, d, err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		var back lawgov.Date
		if err := back.UnmarshalText([]byte(s)); err != nil || back != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v", s, back, err)
		}
	})
}

func FuzzDateUnmarshalJSON(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add([]byte(`"` + s + `"`))
	}
	for _, s := range []string{`null`, `""`, `"\u0032024-01-01"`, `20240101`, `{}`, `[]`, `"2024-02-29`, `nul`, `true`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var d lawgov.Date
		if err := json.Unmarshal(b, &d); err != nil {
			return
		}
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("Marshal(%v): %v", d, err)
		}
		var back lawgov.Date
		if err := json.Unmarshal(out, &back); err != nil || back != d {
			t.Fatalf("round trip of %s via %s: %v, %v", b, out, back, err)
		}
	})
}

// textEnum is a pointer to an enumeration value.
type textEnum interface {
	UnmarshalText([]byte) error
	MarshalText() ([]byte, error)
}

func FuzzEnumUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "notice", "warning", "violation", "pass", "fail", "not_applicable",
		"half_up", "truncate", "off", "work", "calendar_days", "working_days", "months", "years",
		"administrative_penalty_law", "civil_code", "unspecified", "Notice", "违规", "notice\x00", " pass"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []func() textEnum{
			func() textEnum { return new(lawgov.Severity) },
			func() textEnum { return new(lawgov.Outcome) },
			func() textEnum { return new(lawgov.Rounding) },
			func() textEnum { return new(lawgov.DayKind) },
			func() textEnum { return new(lawgov.PeriodUnit) },
			func() textEnum { return new(lawgov.Statute) },
		} {
			e := v()
			if err := e.UnmarshalText([]byte(s)); err != nil {
				continue
			}
			out, err := e.MarshalText()
			if err != nil || string(out) != s {
				t.Fatalf("%T: UnmarshalText(%q) then MarshalText = %q, %v", e, s, out, err)
			}
		}
	})
}

func FuzzReadDayRules(f *testing.F) {
	f.Add("date,kind,name\n2024-10-12,work,国庆节\n")
	f.Add("\ufeffdate,kind,name\r\n2024-10-01,off,国庆节\r\n") // BOM and CRLF
	f.Add("date,kind,name\n2024-01-02,work,x\n")            // make-up day on a weekday
	f.Add("date,kind,name\n2024-01-01,off,\"a,b\"\n")       // quoted comma
	f.Add("date,kind,name\n2024-01-01,off,\"a\"\"b\"\n")    // escaped quote
	f.Add("date,kind,name\n2024-01-01,off,a\"b\n")          // bare quote
	f.Add("date,kind,name\n2024-01-01,off\n")               // missing field
	f.Add("date,kind,name\n2024-01-01,off,x\n2024-01-01,off,x\n")
	f.Add("date,kind\n")
	f.Add("")
	f.Add("\n\n")
	f.Add("date,kind,name\n\"2024-01-01\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := lawgov.ReadDayRules(strings.NewReader(s))
		if err != nil {
			var ce *lawgov.CalendarDataError
			if !errors.As(err, &ce) || rows != nil {
				t.Fatalf("ReadDayRules error %v (%T), rows %v", err, err, rows)
			}
			return
		}
		// Accepted rows round-trip through the CSV format.
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		_ = w.Write([]string{"date", "kind", "name"})
		for _, r := range rows {
			_ = w.Write([]string{r.Date.String(), r.Kind.String(), r.Name})
		}
		w.Flush()
		back, err := lawgov.ReadDayRules(&buf)
		if err != nil {
			t.Fatalf("re-reading %q: %v", buf.String(), err)
		}
		if len(back) != len(rows) {
			t.Fatalf("round trip: %d rows, want %d", len(back), len(rows))
		}
		for i := range rows {
			if back[i].Date != rows[i].Date || back[i].Kind != rows[i].Kind || normalizeNewlines(back[i].Name) != normalizeNewlines(rows[i].Name) {
				t.Fatalf("row %d: %+v, want %+v", i, back[i], rows[i])
			}
		}
	})
}

// normalizeNewlines mirrors encoding/csv, which reads a quoted \r\n as \n.
func normalizeNewlines(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

func FuzzCitationJSON(f *testing.F) {
	f.Add(`{"instrument":"中华人民共和国行政处罚法","version":"2021-01-22","article":42,"paragraph":1}`)
	f.Add(`{"instrument":"赤壁市2019年推进依法行政建设法治政府工作要点","document":"赤政发〔2019〕7号","version":"2019-07-05","part":"第(十六)项"}`)
	f.Add(`{"version":"2023-02-29"}`)
	f.Add(`{"version":null}`)
	f.Add(`{"article":-1}`)
	f.Add(`{}`)
	f.Add(`null`)
	f.Fuzz(func(t *testing.T, s string) {
		var c lawgov.Citation
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			return
		}
		_ = c.String() // never panics, even for odd numbers
		_ = c.IsValid()
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", c, err)
		}
		var back lawgov.Citation
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", out, err)
		}
		if back != c {
			t.Fatalf("round trip of %s: %+v, want %+v", s, back, c)
		}
	})
}

// FuzzParseNotice feeds notice texts to ParseNotice: the published texts of
// 2018–2026 and edits of them. A text it accepts names valid, unique,
// sorted days in its year or the December before, make-up working days on
// weekends only; its rows survive a CSV round trip; and an annual notice
// loads into a calendar.
func FuzzParseNotice(f *testing.F) {
	for _, text := range noticeTexts(f) {
		f.Add(text)
	}
	f.Add("title: 国务院办公厅关于2027年部分节假日安排的通知\ndocument: 国办发明电〔2026〕1号\ndate: 2026-11-01\n---\n一、元旦：1月1日至3日放假，共3天。\n")
	f.Add("国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕1号\n一、春节：2月1日至99日放假，共99天。\n2026年11月1日\n") // range too long
	f.Add("国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕1号\n一、元旦：12月31日至1月2日放假。\n2026年11月1日\n")   // range backwards
	f.Add("国务院办公厅关于延长2027年春节假期的通知\n国办发明电〔2027〕1号\n一、延长春节假期至2月30日。\n2027年1月1日\n")         // no such day
	f.Fuzz(func(t *testing.T, text string) {
		nt, err := lawgov.ParseNotice(text)
		if err != nil {
			var ne *lawgov.NoticeError
			if !errors.As(err, &ne) {
				t.Fatalf("error %v is not a *NoticeError", err)
			}
			return
		}
		y := nt.Notice.Year
		for i, r := range nt.Rows {
			if !r.Date.IsValid() || !r.Kind.IsValid() || r.Name == "" {
				t.Fatalf("row %d invalid: %+v", i, r)
			}
			if ry := r.Date.Year(); ry != y && (ry != y-1 || r.Date.Month() != 12) {
				t.Fatalf("row %s outside %d", r.Date, y)
			}
			if i > 0 && !nt.Rows[i-1].Date.Before(r.Date) {
				t.Fatalf("rows not sorted and unique at %s", r.Date)
			}
			if wd := r.Date.Weekday(); r.Kind == lawgov.MakeUpWorkday && wd != 0 && wd != 6 {
				t.Fatalf("make-up working day %s on %s", r.Date, wd)
			}
		}
		var buf bytes.Buffer
		if err := lawgov.WriteDayRules(&buf, nt.Rows); err != nil {
			t.Fatal(err)
		}
		back, err := lawgov.ReadDayRules(&buf)
		if err != nil {
			t.Fatalf("round trip: %v", err)
		}
		if len(back) != len(nt.Rows) {
			t.Fatalf("round trip: %d rows, want %d", len(back), len(nt.Rows))
		}
		for i := range back {
			if back[i] != nt.Rows[i] {
				t.Fatalf("round trip row %d: %+v, want %+v", i, back[i], nt.Rows[i])
			}
		}
		if !nt.Amends {
			if _, err := (&lawgov.Calendar{}).WithNoticeText(text); err != nil {
				t.Fatalf("annual notice does not load: %v", err)
			}
		}
	})
}
